package cn.gov.jiangmen.subsidy.store;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
@EnableScheduling
class StoreConfiguration {

	@Bean
	FilterRegistrationBean<ActuatorAccess> actuatorAccess(ObjectProvider<IdentityService> identity) {
		var registration = new FilterRegistrationBean<>(new ActuatorAccess(identity));
		registration.setName("actuator-access");
		registration.addUrlPatterns("/actuator/*", "/actuator");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
