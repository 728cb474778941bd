package cn.gov.jiangmen.subsidy.signin;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class SignInGateConfiguration {

	/**
	 * After the request size limit (a refused oversize request never reached a password check)
	 * and before HTTP Basic authentication and the webapps' own filters.
	 */
	@Bean
	FilterRegistrationBean<SignInGateFilter> signInGate(SignInGuard guard) {
		var registration = new FilterRegistrationBean<>(new SignInGateFilter(guard));
		registration.setName("sign-in-gate");
		registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/admin/auth/user/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
		return registration;
	}

}
