package cn.gov.jiangmen.subsidy.security;

import java.util.Locale;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

import cn.gov.jiangmen.subsidy.procedure.ProcessConstants;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;

/**
 * Puts each application, and each district's plan batch, into its district's tenant when it
 * starts, a county-level city's too (an instance without a tenant would be read by every
 * district). The definitions stay shared (deployed once, without a tenant).
 *
 * <p>Why: with a grant per open task, the engine's task query joins every task against every
 * grant the officer's group holds, and on PostgreSQL a district with 10,000 open tasks waited
 * 15-25 s for the first page of its Tasklist. Scoped by tenant, a district's groups read its tasks
 * through one grant on the process definition; see {@link DistrictScopedAuthorizationProvider}.
 * City-wide batches (notice, budget, release) have no tenant and keep their grants per task.
 */
class DistrictTenants implements TenantIdProvider {

	@Override
	public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
		String key = context.getProcessDefinition().getKey();
		Object district = switch (key) {
			case ProcessConstants.PROCESS_APPLICATION -> context.getVariables().get(Vars.DISTRICT);
			case ProcessConstants.PROCESS_DISTRICT_PLAN -> context.getVariables().get(Vars.SCOPE);
			default -> null;
		};
		return district == null ? null : tenantOf(district.toString());
	}

	/**
	 * The tenant of a district or county-level city (as the API spells it, {@code PENGJIANG}), or
	 * null for a place the app does not know.
	 */
	static String tenantOf(String district) {
		String id = district.toLowerCase(Locale.ROOT);
		return Roles.TENANTS.stream().map(Roles.TenantDefinition::id).filter(id::equals).findFirst().orElse(null);
	}

	@Override
	public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
		return null;
	}

	@Override
	public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
		return context.getExecution() == null ? null : context.getExecution().getTenantId();
	}

}
