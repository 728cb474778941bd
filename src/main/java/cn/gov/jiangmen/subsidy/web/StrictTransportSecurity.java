package cn.gov.jiangmen.subsidy.web;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Under {@code prod}, HSTS on every answer over https, the REST APIs included (Spring Security
 * adds it to the app's pages and Camunda's header filter to the webapps, neither to /api nor
 * /engine-rest). A browser that once reached the site over https never tries plain http again.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class StrictTransportSecurity {

	static final String HEADER_VALUE = "max-age=31536000; includeSubDomains";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> strictTransportSecurityFilter() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (request.isSecure()) {
					response.setHeader("Strict-Transport-Security", HEADER_VALUE);
				}
				chain.doFilter(request, response);
			}
		});
		registration.setName("strict-transport-security");
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
