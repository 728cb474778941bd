package cn.gov.jiangmen.subsidy.portal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeyExhibitions.class)
class PortalConfiguration {
}
