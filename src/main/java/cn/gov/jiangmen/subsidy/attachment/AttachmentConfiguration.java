package cn.gov.jiangmen.subsidy.attachment;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class AttachmentConfiguration {

	/** First of all filters: an oversized upload is refused before authentication reads anything. */
	@Bean
	FilterRegistrationBean<UploadLimitFilter> uploadLimit() {
		var registration = new FilterRegistrationBean<>(new UploadLimitFilter());
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

}
