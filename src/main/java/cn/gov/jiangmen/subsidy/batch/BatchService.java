package cn.gov.jiangmen.subsidy.batch;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;



import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.policy.District;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Groups;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;
import cn.gov.jiangmen.subsidy.system.SpinJson;

/**
 * Collects the applications that wait for the same act into one open batch per scope; the batch
 * is a small process whose single task shows the whole list to the officer who acts on it.
 */
@Service
public class BatchService {


	private final BatchRepository batches;
	private final RuntimeService runtime;
	private final Clock clock;

	BatchService(BatchRepository batches, RuntimeService runtime, Clock clock) {
		this.batches = batches;
		this.runtime = runtime;
		this.clock = clock;
	}

	/** Adds the application to the open batch of its scope, opening one if there is none. */
	@Transactional
	public String enlist(String applicationId, String district, BatchKind kind) {
		String scope = kind.scopeOf(district);
		BatchRepository.Scope locked = batches.lockScope(kind, scope);
		String batchId = locked.openBatchId();
		boolean opened = batchId == null;
		if (opened) {
			int count = locked.openedCount() + 1;
			batchId = "%s-%s-%d-%03d".formatted(kind.prefix(), scope, clock.instant().atZone(WorkingDays.ZONE).getYear(), count);
			batches.open(kind, scope, batchId, count);
		}
		batches.join(batchId, applicationId);
		Map<String, Object> listing = listing(batchId);
		if (opened) {
			Map<String, Object> variables = new HashMap<>(listing);
			variables.put(Vars.BATCH_ID, batchId);
			variables.put(Vars.BATCH_KIND, kind.name());
			variables.put(Vars.SCOPE, scope);
			variables.put(Vars.SCOPE_NAME, scopeName(scope));
			variables.put(Vars.DISTRICT_COMMERCE_GROUP, Groups.DISTRICT_COMMERCE_PREFIX + scope.toLowerCase(Locale.ROOT));
			variables.put(Vars.BUDGET_YEAR, clock.instant().atZone(WorkingDays.ZONE).getYear() + 1);
			String instanceId = runtime.startProcessInstanceByKey(kind.processKey(), batchId, variables).getId();
			batches.setProcessInstance(batchId, instanceId);
		}
		else {
			runtime.setVariables(batches.processInstanceOf(batchId).orElseThrow(), listing);
		}
		return batchId;
	}

	/** An application listed in a batch, with the process instance the batch's act moves on. */
	public record Listed(String applicationId, String processInstanceId) {
	}

	/**
	 * The batch a batch process works on, by the link the app holds; never by a variable, which
	 * whoever completes the batch's task could have sent.
	 */
	@Transactional
	public Batch ofProcess(String processInstanceId, String businessKey) {
		Batch batch = batches.ofProcessInstance(processInstanceId)
			.orElseThrow(() -> new IllegalStateException("process instance " + processInstanceId + " works on no batch"));
		if (!batch.id().equals(businessKey)) {
			throw new IllegalStateException("process instance " + processInstanceId + " is linked to batch " + batch.id()
					+ " but carries the business key " + businessKey);
		}
		return batch;
	}

	/**
	 * The officer acts on the batch's list, as the batch's task is completed: the list is closed
	 * (later arrivals open a new batch) and names the officer. Only an open batch, only once.
	 */
	@Transactional
	public void close(Batch batch, String actor) {
		batches.lockScope(batch.kind(), batch.scope());
		if (!batches.close(batch.kind(), batch.scope(), batch.id(), actor)) {
			throw new IllegalStateException("batch " + batch.id() + " is not open");
		}
	}

	/**
	 * The applications the officer's act applies to, handed out once: the batch is then done.
	 * A batch no officer has closed, or one already done, releases nothing and fails.
	 */
	@Transactional
	public List<Listed> release(Batch batch) {
		if (!batches.markDone(batch.id())) {
			throw new IllegalStateException("batch " + batch.id() + " was not closed by an officer, or is done already");
		}
		return batches.members(batch.id())
			.stream()
			.map(m -> new Listed(m.applicationId(), m.processInstanceId()))
			.toList();
	}

	private Map<String, Object> listing(String batchId) {
		List<BatchRepository.Member> members = batches.members(batchId);
		List<Map<String, Object>> rows = members.stream().map(m -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("applicationId", m.applicationId());
			line.put("enterpriseName", m.enterpriseName());
			line.put("creditCode", m.creditCode());
			line.put("districtName", scopeName(m.district()));
			line.put("total", m.total().setScale(2).toPlainString());
			return line;
		}).toList();
		BigDecimal total = members.stream().map(BatchRepository.Member::total).reduce(BigDecimal.ZERO, BigDecimal::add);
		Map<String, Object> listing = new HashMap<>();
		listing.put(Vars.APPLICATIONS, SpinJson.of(rows));
		listing.put(Vars.APPLICATION_COUNT, members.size());
		listing.put(Vars.BATCH_TOTAL, total.setScale(2).toPlainString());
		return listing;
	}

	private static String scopeName(String scope) {
		return BatchKind.CITY_SCOPE.equals(scope) ? "江门市" : District.valueOf(scope).label();
	}

}
