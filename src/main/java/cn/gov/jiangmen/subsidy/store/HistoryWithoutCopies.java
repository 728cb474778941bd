package cn.gov.jiangmen.subsidy.store;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Vars;

/**
 * The engine's full history, minus the update details (ACT_HI_DETAIL) of values that are copies of
 * something recorded elsewhere and are written again and again:
 * <ul>
 * <li>a batch's listing for its form ({@code applications} and its count and sum), rewritten whole
 * each time an application joins: its history grows with the square of the batch's size, and the
 * lasting record of who was in which batch is app_batch_member;</li>
 * <li>the list columns each new task gets a copy of (application number, enterprise, district,
 * amount, batch), the same values as the process's own.</li>
 * </ul>
 * The variables themselves, and their latest values in ACT_HI_VARINST, stay as they are.
 */
class HistoryWithoutCopies extends DbHistoryEventHandler {

	static final Set<String> LISTING = Set.of(Vars.APPLICATIONS, Vars.APPLICATION_COUNT, Vars.BATCH_TOTAL);

	static final Set<String> COPIED_TO_EACH_TASK = Set.of(Vars.APPLICATION_ID, Vars.ENTERPRISE_NAME, Vars.DISTRICT_NAME,
			Vars.TOTAL, Vars.BATCH_ID);

	@Override
	protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity update) {
		String name = update.getVariableName();
		if (LISTING.contains(name) || update.getTaskId() != null && COPIED_TO_EACH_TASK.contains(name)) {
			return false;
		}
		return super.shouldWriteHistoricDetail(update);
	}

}
