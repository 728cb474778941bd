package cn.gov.jiangmen.subsidy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everything an attack could have changed, read straight from the database in a few queries:
 * each application (status, amounts, request, history, ledger rows), each batch (status, who
 * closed it, its list), and each running process instance with everything the engine keeps for it
 * (where its executions wait, every variable with its stored bytes, its open tasks with their
 * assignees, candidates and grants, its jobs and their due dates). Two snapshots compare entry by
 * entry.
 */
record WorldSnapshot(Map<String, String> applications, Map<String, String> batches, Map<String, String> processes,
		Map<String, String> enterpriseDistricts) {

	static WorldSnapshot take(JdbcClient jdbc) {
		Map<String, String> applications = new TreeMap<>();
		jdbc.sql("SELECT id, status, total, district, request_json, assessment_json, process_instance_id FROM app_application")
			.query((rs, n) -> applications.put(rs.getString("id"),
					rs.getString("status") + " | total " + rs.getBigDecimal("total") + " | " + rs.getString("district")
							+ " | request " + rs.getString("request_json").hashCode() + " | assessment "
							+ String.valueOf(rs.getString("assessment_json")).hashCode() + " | instance "
							+ rs.getString("process_instance_id")))
			.list();
		jdbc.sql("SELECT application_id, step, actor, comment FROM app_application_event ORDER BY id")
			.query((rs, n) -> applications.merge(rs.getString("application_id"),
					" | " + rs.getString("step") + " by " + rs.getString("actor") + ": " + rs.getString("comment"),
					String::concat))
			.list();
		jdbc.sql("""
				SELECT application_id, item_index, status, amount, payment_reference, paid_on
				FROM ledger_entry ORDER BY application_id, item_index""")
			.query((rs, n) -> applications.merge(rs.getString("application_id"),
					" | ledger " + rs.getInt("item_index") + " " + rs.getString("status") + " " + rs.getBigDecimal("amount")
							+ " " + rs.getString("payment_reference") + " " + rs.getDate("paid_on"),
					String::concat))
			.list();

		Map<String, String> batches = new TreeMap<>();
		jdbc.sql("SELECT id, kind, scope, status, closed_by, process_instance_id FROM app_batch")
			.query((rs, n) -> batches.put(rs.getString("id"), rs.getString("kind") + " " + rs.getString("scope") + " "
					+ rs.getString("status") + " closed by " + rs.getString("closed_by") + " | instance "
					+ rs.getString("process_instance_id")))
			.list();
		jdbc.sql("SELECT batch_id, application_id FROM app_batch_member ORDER BY batch_id, application_id")
			.query((rs, n) -> batches.merge(rs.getString("batch_id"), " | " + rs.getString("application_id"), String::concat))
			.list();
		jdbc.sql("SELECT kind, scope, open_batch_id, opened_count FROM app_batch_scope")
			.query((rs, n) -> batches.put("scope " + rs.getString("kind") + "/" + rs.getString("scope"),
					rs.getString("open_batch_id") + " #" + rs.getInt("opened_count")))
			.list();

		Map<String, String> districts = new TreeMap<>();
		jdbc.sql("SELECT credit_code, district, source FROM app_enterprise_district")
			.query((rs, n) -> districts.put(rs.getString("credit_code"), rs.getString("district") + " " + rs.getString("source")))
			.list();
		return new WorldSnapshot(applications, batches, processes(jdbc), districts);
	}

	/** Per process instance: its business key and tenant first, then every row the engine keeps for it. */
	private static Map<String, String> processes(JdbcClient jdbc) {
		Map<String, String> heads = new TreeMap<>();
		Map<String, String> taskInstance = new HashMap<>();
		Map<String, TreeMap<String, String>> rows = new HashMap<>();
		jdbc.sql("SELECT ID_, PROC_INST_ID_, BUSINESS_KEY_, ACT_ID_, IS_ACTIVE_, TENANT_ID_ FROM ACT_RU_EXECUTION")
			.query((rs, n) -> {
				String instance = rs.getString("PROC_INST_ID_");
				if (rs.getString("ID_").equals(instance)) {
					heads.put(instance, rs.getString("BUSINESS_KEY_") + " " + rs.getString("TENANT_ID_"));
				}
				return add(rows, instance, "execution " + rs.getString("ID_"),
						rs.getString("ACT_ID_") + " active " + rs.getBoolean("IS_ACTIVE_"));
			})
			.list();
		jdbc.sql("""
				SELECT v.PROC_INST_ID_, v.EXECUTION_ID_, v.TASK_ID_, v.NAME_, v.TYPE_, v.TEXT_, v.TEXT2_, v.LONG_,
				  v.DOUBLE_, b.BYTES_
				FROM ACT_RU_VARIABLE v LEFT JOIN ACT_GE_BYTEARRAY b ON b.ID_ = v.BYTEARRAY_ID_""")
			.query((rs, n) -> add(rows, rs.getString("PROC_INST_ID_"),
					"variable " + rs.getString("EXECUTION_ID_") + "/" + rs.getString("TASK_ID_") + "/" + rs.getString("NAME_"),
					rs.getString("TYPE_") + " " + rs.getString("TEXT_") + " " + rs.getString("TEXT2_") + " "
							+ rs.getObject("LONG_") + " " + rs.getObject("DOUBLE_") + " "
							+ Arrays.hashCode(rs.getBytes("BYTES_"))))
			.list();
		jdbc.sql("SELECT ID_, PROC_INST_ID_, TASK_DEF_KEY_, ASSIGNEE_, OWNER_, DUE_DATE_, PRIORITY_, DELEGATION_ FROM ACT_RU_TASK")
			.query((rs, n) -> {
				taskInstance.put(rs.getString("ID_"), rs.getString("PROC_INST_ID_"));
				return add(rows, rs.getString("PROC_INST_ID_"), "task " + rs.getString("ID_"),
						rs.getString("TASK_DEF_KEY_") + " assignee " + rs.getString("ASSIGNEE_") + " owner "
								+ rs.getString("OWNER_") + " due " + rs.getTimestamp("DUE_DATE_") + " priority "
								+ rs.getInt("PRIORITY_") + " " + rs.getString("DELEGATION_"));
			})
			.list();
		jdbc.sql("SELECT TASK_ID_, TYPE_, GROUP_ID_, USER_ID_ FROM ACT_RU_IDENTITYLINK WHERE TASK_ID_ IS NOT NULL")
			.query((rs, n) -> add(rows, taskInstance.get(rs.getString("TASK_ID_")), "link " + rs.getString("TASK_ID_") + " "
					+ rs.getString("TYPE_") + " " + rs.getString("GROUP_ID_") + " " + rs.getString("USER_ID_"), ""))
			.list();
		jdbc.sql("SELECT GROUP_ID_, USER_ID_, RESOURCE_ID_, PERMS_ FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_TYPE_ = 7")
			.query((rs, n) -> add(rows, taskInstance.get(rs.getString("RESOURCE_ID_")), "grant " + rs.getString("RESOURCE_ID_")
					+ " " + rs.getString("GROUP_ID_") + " " + rs.getString("USER_ID_"), "perms " + rs.getInt("PERMS_")))
			.list();
		jdbc.sql("SELECT ID_, PROCESS_INSTANCE_ID_, DUEDATE_, RETRIES_, SUSPENSION_STATE_ FROM ACT_RU_JOB")
			.query((rs, n) -> add(rows, rs.getString("PROCESS_INSTANCE_ID_"), "job " + rs.getString("ID_"),
					"due " + rs.getTimestamp("DUEDATE_") + " retries " + rs.getInt("RETRIES_") + " suspended "
							+ rs.getInt("SUSPENSION_STATE_")))
			.list();
		Map<String, String> processes = new TreeMap<>();
		heads.forEach((instance, head) -> processes.put(instance, head + " " + rows.getOrDefault(instance, new TreeMap<>())));
		rows.keySet().stream().filter(instance -> !heads.containsKey(instance))
			.forEach(orphan -> processes.put(orphan, "no instance " + rows.get(orphan)));
		return processes;
	}

	private static boolean add(Map<String, TreeMap<String, String>> rows, String instance, String key, String value) {
		rows.computeIfAbsent(String.valueOf(instance), i -> new TreeMap<>()).put(key, value);
		return true;
	}

	/** Everything as it was, except the applications and batches named (and their processes). */
	void assertUnchangedBesides(WorldSnapshot after, Set<String> changedApplications, Set<String> changedBatches,
			String what) {
		assertThat(without(after.applications(), changedApplications)).as(what + ": other applications")
			.isEqualTo(without(applications, changedApplications));
		Set<String> batchKeys = new HashSet<>(changedBatches);
		if (!changedBatches.isEmpty()) {
			batches.keySet().stream().filter(k -> k.startsWith("scope ")).forEach(batchKeys::add);
		}
		assertThat(without(after.batches(), batchKeys)).as(what + ": other batches").isEqualTo(without(batches, batchKeys));
		Set<String> keys = new HashSet<>(changedApplications);
		keys.addAll(changedBatches);
		assertThat(processesOutside(after.processes(), keys)).as(what + ": other process instances")
			.isEqualTo(processesOutside(processes, keys));
		assertThat(after.enterpriseDistricts()).as(what + ": registered districts").isEqualTo(enterpriseDistricts);
	}

	void assertUnchanged(WorldSnapshot after, String what) {
		assertThat(after.applications()).as(what + ": applications").isEqualTo(applications);
		assertThat(after.batches()).as(what + ": batches").isEqualTo(batches);
		assertThat(after.processes()).as(what + ": process instances").isEqualTo(processes);
		assertThat(after.enterpriseDistricts()).as(what + ": registered districts").isEqualTo(enterpriseDistricts);
	}

	private static Map<String, String> without(Map<String, String> map, Set<String> keys) {
		Map<String, String> rest = new TreeMap<>(map);
		rest.keySet().removeAll(keys);
		return rest;
	}

	/** Process instances whose business key is none of the keys (application or batch numbers). */
	private static Map<String, String> processesOutside(Map<String, String> map, Set<String> businessKeys) {
		return map.entrySet()
			.stream()
			.filter(e -> businessKeys.stream().noneMatch(key -> e.getValue().startsWith(key + " ")))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
	}

}
