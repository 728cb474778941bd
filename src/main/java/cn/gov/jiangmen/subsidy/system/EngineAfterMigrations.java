package cn.gov.jiangmen.subsidy.system;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;

/**
 * The engine starts only after Flyway has migrated the app's tables. The engine creates its own
 * tables as it starts; were it to start first (any early bean that needs an engine service, such
 * as a servlet filter, would make it), Flyway would find a schema that is not empty, baseline it
 * and skip the app's first migrations. Registered in {@code META-INF/spring.factories}.
 */
public class EngineAfterMigrations implements DependsOnDatabaseInitializationDetector {

	@Override
	public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
		Set<String> engineBeans = new LinkedHashSet<>();
		for (Class<?> type : List.of(ProcessEngineFactoryBean.class, ProcessEngine.class)) {
			for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
				// A factory bean is named with a leading "&"; its definition goes by the plain name.
				engineBeans.add(BeanFactoryUtils.transformedBeanName(name));
			}
		}
		return engineBeans;
	}

}
