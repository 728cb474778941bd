package cn.gov.jiangmen.subsidy.api;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.jiangmen.subsidy.claim.ClaimRequestReader;

/** The filters in front of both REST surfaces ({@code /api/**}, {@code /engine-rest/**}). */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	/**
	 * HTTP Basic against the engine's identity service for both REST surfaces, except the public
	 * notices' open data ({@code /api/public/**}). The filter also tells the engine who acts, so its
	 * authorization checks and operation log apply to the call.
	 */
	@Bean
	FilterRegistrationBean<AuthenticationExceptOpenData> restAuthentication() {
		var registration = new FilterRegistrationBean<>(
				new AuthenticationExceptOpenData(new ProcessEngineAuthenticationFilter()));
		registration.setName("rest-basic-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*", "/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(ObjectMapper json) {
		var registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(ClaimRequestReader.MAX_BODY_BYTES, json));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
