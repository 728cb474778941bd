package cn.gov.jiangmen.subsidy.store;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the engine writes its history: see {@link HistoryWithoutCopies}. */
@Configuration(proxyBeanMethods = false)
class EngineHistoryConfiguration {

	@Bean
	@ConditionalOnProperty(name = "app.store.history.details-of-copies", havingValue = "false", matchIfMissing = true)
	ProcessEnginePlugin historyWithoutCopies() {
		return new AbstractProcessEnginePlugin() {
			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				configuration.setEnableDefaultDbHistoryEventHandler(false);
				if (configuration.getCustomHistoryEventHandlers() == null) {
					configuration.setCustomHistoryEventHandlers(new ArrayList<>());
				}
				configuration.getCustomHistoryEventHandlers().add(0, new HistoryWithoutCopies());
			}
		};
	}

}
