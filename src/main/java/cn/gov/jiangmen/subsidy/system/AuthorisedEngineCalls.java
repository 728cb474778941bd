package cn.gov.jiangmen.subsidy.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the application itself has already authorised (an enterprise may submit
 * its own application without any right to start processes through /engine-rest). The
 * authenticated user stays set, so the engine's history and operation log still name them.
 */
@Component
public class AuthorisedEngineCalls {

	private final ProcessEngineConfigurationImpl configuration;

	AuthorisedEngineCalls(ProcessEngineConfigurationImpl configuration) {
		this.configuration = configuration;
	}

	public <T> T call(Supplier<T> work) {
		Command<T> command = commandContext -> {
			commandContext.disableAuthorizationCheck();
			try {
				return work.get();
			}
			finally {
				commandContext.enableAuthorizationCheck();
			}
		};
		return configuration.getCommandExecutorTxRequired().execute(command);
	}

	public void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

}
