package cn.gov.jiangmen.subsidy.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * HTTP Basic against the engine's identity service for both REST surfaces. The filter also
	 * tells the engine who acts, so its authorization checks and operation log apply to the call.
	 */
	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
		var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
		registration.setName("rest-basic-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*", "/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit() {
		var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(RequestSizeLimitFilter.MAX_BYTES));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	ProcessEnginePlugin taskAuthorizationPlugin() {
		return new AbstractProcessEnginePlugin() {
			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				configuration.setResourceAuthorizationProvider(new DistrictScopedAuthorizationProvider());
				configuration.setTenantIdProvider(new DistrictTenants());
				// Authorization first: working on another district's task is refused for want of a
				// grant (403) before the tenant check would refuse it as an engine error (500).
				configuration.setCommandCheckers(new ArrayList<>(List.of(new AuthorizationCommandChecker(),
						TenantRefusalAsAuthorization.wrap(new TenantCommandChecker()))));
			}
		};
	}

	/**
	 * A task acts on its own application only (issue 16): those who work a task may complete it
	 * with its form's fields, nothing more.
	 * <ul>
	 * <li>Candidate groups and assignees get TASK_WORK on their tasks instead of the engine's
	 * default UPDATE: claim and complete, but no setting of variables (task-local or not), no
	 * reassigning, no new candidate groups.</li>
	 * <li>{@link UserCommandGuard} checks every command a signed-in user sends.</li>
	 * <li>A BPMN error thrown where nothing catches it fails instead of silently ending the
	 * application's process with its amounts still reserved.</li>
	 * </ul>
	 * Set here, not in application.yaml, so that no profile or property can switch them off.
	 */
	@Bean
	ProcessEnginePlugin taskWorkOnlyPlugin() {
		return new AbstractProcessEnginePlugin() {
			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
				configuration.setEnableExceptionsAfterUnhandledBpmnError(true);
				UserCommandGuard guard = new UserCommandGuard();
				configuration.setCustomPostCommandInterceptorsTxRequired(
						withGuard(configuration.getCustomPostCommandInterceptorsTxRequired(), guard));
				configuration.setCustomPostCommandInterceptorsTxRequiresNew(
						withGuard(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), guard));
			}
		};
	}

	/**
	 * Accounts (issue 17): the engine's own lockout is off, because any stranger who knew a user id
	 * could lock that user out for good with ten wrong passwords; the app's sign-in throttle
	 * (package signin) slows down failures per address and per account instead, with waits that
	 * expire. The engine's password policy is on for every password set through the engine.
	 */
	@Bean
	ProcessEnginePlugin accountsPlugin(Environment environment) {
		boolean prod = environment.acceptsProfiles(Profiles.of("prod"));
		return new AbstractProcessEnginePlugin() {
			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
				configuration.setLoginDelayBase(0);
				configuration.setEnablePasswordPolicy(true);
				configuration.setPasswordPolicy(new DemoPasswordExcepted(new DefaultPasswordPolicyImpl(), prod));
			}
		};
	}

	private static List<CommandInterceptor> withGuard(List<CommandInterceptor> interceptors, UserCommandGuard guard) {
		List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
		all.add(0, guard);
		return all;
	}

}
