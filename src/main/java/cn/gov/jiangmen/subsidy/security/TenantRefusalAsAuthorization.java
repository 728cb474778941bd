package cn.gov.jiangmen.subsidy.security;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;

/**
 * The engine's tenant checker refuses a command on another tenant's object with a plain
 * {@link ProcessEngineException}, which the REST API answers with 500. For an officer who opens a
 * task of another district that is a refusal like any other: this turns it into an
 * {@link AuthorizationException}, answered with 403.
 */
final class TenantRefusalAsAuthorization implements InvocationHandler {

	private final CommandChecker tenantChecker;

	private TenantRefusalAsAuthorization(CommandChecker tenantChecker) {
		this.tenantChecker = tenantChecker;
	}

	static CommandChecker wrap(CommandChecker tenantChecker) {
		return (CommandChecker) Proxy.newProxyInstance(CommandChecker.class.getClassLoader(),
				new Class<?>[] { CommandChecker.class }, new TenantRefusalAsAuthorization(tenantChecker));
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(tenantChecker, args);
		}
		catch (InvocationTargetException e) {
			Throwable refusal = e.getCause();
			if (refusal instanceof ProcessEngineException && !(refusal instanceof AuthorizationException)) {
				AuthorizationException forbidden = new AuthorizationException(refusal.getMessage());
				forbidden.initCause(refusal);
				throw forbidden;
			}
			throw refusal;
		}
	}

}
