package cn.gov.jiangmen.subsidy.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The evidence after a cluster or crash run, read straight from the database. */
final class ExactlyOnce {

	private ExactlyOnce() {
	}

	static void verify(Sql sql, LifecycleScenario scenario, int count) {
		String apps = "SELECT process_instance_id FROM app_application";
		List<List<Object>> statuses = sql.rows("SELECT status, COUNT(*) FROM app_application GROUP BY status");
		long duplicates = sql.count("SELECT COUNT(*) FROM (SELECT application_id, item_index FROM ledger_entry "
				+ "GROUP BY application_id, item_index HAVING COUNT(*) > 1) d");
		long paidEntries = sql.count("SELECT COUNT(*) FROM ledger_entry WHERE status = 'PAID'");
		long otherEntries = sql.count("SELECT COUNT(*) FROM ledger_entry WHERE status <> 'PAID'");
		long wronglyPaid = sql.count("SELECT COUNT(*) FROM app_application a LEFT JOIN (SELECT application_id, "
				+ "SUM(amount) paid, COUNT(*) n FROM ledger_entry WHERE status = 'PAID' GROUP BY application_id) l "
				+ "ON l.application_id = a.id WHERE l.n IS NULL OR l.paid <> a.total");
		long runtimeRows = sql.count("SELECT COUNT(*) FROM act_ru_execution WHERE proc_inst_id_ IN (" + apps + ")")
				+ sql.count("SELECT COUNT(*) FROM act_ru_task WHERE proc_inst_id_ IN (" + apps + ")")
				+ sql.count("SELECT COUNT(*) FROM act_ru_job WHERE process_instance_id_ IN (" + apps + ")")
				+ sql.count("SELECT COUNT(*) FROM act_ru_variable WHERE proc_inst_id_ IN (" + apps + ")");

		scenario.log("=== exactly-once evidence (" + count + " applications) ===");
		scenario.log("app_application.status: " + statuses);
		scenario.log("ledger_entry PAID rows: " + paidEntries + ", other rows: " + otherEntries
				+ ", duplicate (application_id, item_index): " + duplicates
				+ ", applications whose PAID sum differs from their total: " + wronglyPaid);
		scenario.log("ACT_RU_* rows left for these applications: " + runtimeRows);
		String perInstance = "SELECT COUNT(*) FROM (SELECT proc_inst_id_ FROM act_hi_actinst WHERE act_id_ = ? "
				+ "AND end_time_ IS NOT NULL GROUP BY proc_inst_id_ HAVING COUNT(*) %s) x";
		for (String activity : List.of("CatchEvent_NoticePeriodEnded", "CatchEvent_BudgetYearStarted",
				"ServiceTask_RecordPayment", "EndEvent_Disbursed")) {
			long once = sql.count(perInstance.formatted("= 1"), activity);
			long more = sql.count(perInstance.formatted("> 1"), activity);
			scenario.log("%-30s passed exactly once: %d, more than once: %d".formatted(activity, once, more));
			assertThat(once).as(activity + " once").isEqualTo(count);
			assertThat(more).as(activity + " more than once").isZero();
		}
		String perApplication = "SELECT COUNT(*) FROM (SELECT application_id FROM app_application_event WHERE step = ? "
				+ "GROUP BY application_id HAVING COUNT(*) %s) x";
		for (String step : List.of("PLAN_REPORTED", "NOTICE_PUBLISHED", "BUDGET_INCLUDED", "FUNDS_RELEASED", "DISBURSED")) {
			long once = sql.count(perApplication.formatted("= 1"), step);
			long more = sql.count(perApplication.formatted("> 1"), step);
			scenario.log("history step %-18s once: %d, more than once: %d".formatted(step, once, more));
			assertThat(more).as(step + " recorded more than once").isZero();
			assertThat(once).as(step + " recorded once").isEqualTo(count);
		}
		List<List<Object>> jobLog = sql.rows("SELECT hostname_, job_state_, COUNT(*) FROM act_hi_job_log "
				+ "GROUP BY hostname_, job_state_ ORDER BY hostname_, job_state_");
		scenario.log("job log by node (state 0 created, 1 failed, 2 succeeded, 3 deleted): " + jobLog);

		assertThat(statuses).hasSize(1);
		assertThat(statuses.get(0).get(0)).isEqualTo("DISBURSED");
		assertThat(((Number) statuses.get(0).get(1)).longValue()).isEqualTo(count);
		assertThat(duplicates).isZero();
		assertThat(otherEntries).isZero();
		assertThat(wronglyPaid).isZero();
		assertThat(paidEntries).isPositive();
		assertThat(runtimeRows).isZero();
		scenario.log("=== every application reached DISBURSED once, paid once ===");
	}

}
