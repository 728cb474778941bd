package cn.gov.jiangmen.subsidy.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.jiangmen.subsidy.application.ApplicationLifecycle;
import cn.gov.jiangmen.subsidy.application.ApplicationQueries;
import cn.gov.jiangmen.subsidy.application.ApplicationRecord;
import cn.gov.jiangmen.subsidy.application.ApplicationStatus;
import cn.gov.jiangmen.subsidy.application.SubmissionService;
import cn.gov.jiangmen.subsidy.attachment.Evidence;
import cn.gov.jiangmen.subsidy.attachment.Pledges;
import cn.gov.jiangmen.subsidy.portal.DraftRepository.Draft;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Decisions;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Elements;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;
import cn.gov.jiangmen.subsidy.security.CurrentUser;
import cn.gov.jiangmen.subsidy.security.EnterpriseDirectory;
import cn.gov.jiangmen.subsidy.security.EnterpriseDirectory.EnterpriseAccount;

/**
 * Drafts kept on the server for the enterprise's users, and what becomes of them: a new
 * application through the same {@link SubmissionService} as {@code POST /api/applications}, or the
 * answer to a return, given by completing the process's supplement task as the signed-in user.
 */
@Service
class Drafts {

	private final DraftRepository drafts;
	private final ObjectMapper json;
	private final Clock clock;
	private final EnterpriseDirectory enterprises;
	private final KeyExhibitions plan;
	private final SubmissionService submissions;
	private final ApplicationQueries applications;
	private final Evidence evidence;
	private final Pledges pledges;
	private final TaskService tasks;
	private final ApplicationLifecycle lifecycle;

	Drafts(DraftRepository drafts, ObjectMapper json, Clock clock, EnterpriseDirectory enterprises, KeyExhibitions plan,
			SubmissionService submissions, ApplicationQueries applications, Evidence evidence, Pledges pledges,
			TaskService tasks, ApplicationLifecycle lifecycle) {
		this.drafts = drafts;
		this.json = json;
		this.clock = clock;
		this.enterprises = enterprises;
		this.plan = plan;
		this.submissions = submissions;
		this.applications = applications;
		this.evidence = evidence;
		this.pledges = pledges;
		this.tasks = tasks;
		this.lifecycle = lifecycle;
	}

	record Loaded(Draft draft, DraftForm form) {
	}

	EnterpriseAccount account(CurrentUser user) {
		return enterprises.accountOf(user.id()).orElseThrow();
	}

	@Transactional
	String create(CurrentUser user, DraftForm form) {
		String id = UUID.randomUUID().toString();
		drafts.insert(id, creditCode(user), null, write(form), user.id(), OffsetDateTime.now(clock));
		return id;
	}

	Optional<Loaded> find(CurrentUser user, String id) {
		return drafts.find(id, creditCode(user)).map(d -> new Loaded(d, DraftForm.fromJson(read(d.contentJson()))));
	}

	List<Loaded> newOnes(CurrentUser user) {
		return drafts.newOnesOf(creditCode(user))
			.stream()
			.map(d -> new Loaded(d, DraftForm.fromJson(read(d.contentJson()))))
			.toList();
	}

	@Transactional
	void save(CurrentUser user, String id, DraftForm form) {
		drafts.update(id, write(form), user.id(), OffsetDateTime.now(clock));
	}

	@Transactional
	void removeItem(CurrentUser user, Loaded loaded, DraftForm form, int index) {
		form.remove(index);
		save(user, loaded.draft().id(), form);
		if (loaded.draft().applicationId() == null) {
			evidence.itemRemovedFromDraft(loaded.draft().id(), index);
		}
	}

	@Transactional
	void discard(CurrentUser user, Loaded loaded) {
		evidence.draftDiscarded(loaded.draft().id());
		drafts.delete(loaded.draft().id());
	}

	/**
	 * The draft becomes an application, its files go with it, the pledge is recorded: all or nothing.
	 * @throws cn.gov.jiangmen.subsidy.quote.InvalidClaimRequestException naming each wrong field
	 * @throws cn.gov.jiangmen.subsidy.call.NoOpenCallException outside an open call
	 */
	@Transactional
	ApplicationRecord submit(CurrentUser user, Loaded loaded, DraftForm form) {
		save(user, loaded.draft().id(), form);
		ApplicationRecord application = submissions.submit(form.request(account(user), plan), user);
		pledges.record(application.id(), user.id());
		evidence.draftSubmitted(loaded.draft().id(), application.id());
		drafts.delete(loaded.draft().id());
		return application;
	}

	/** The correction draft of a returned application, made from its stored request on first use. */
	@Transactional
	String correctionOf(CurrentUser user, ApplicationRecord application) {
		return drafts.correctionOf(application.id()).map(Draft::id).orElseGet(() -> {
			DraftForm form = DraftForm.empty();
			JsonNode request = applications.request(application);
			form.enterprise.put("tradeRecordSince2024", String.valueOf(request.path("enterprise").path("tradeRecordSince2024").asBoolean()));
			JsonNode bank = request.path("enterprise").path("bankAccount");
			bank.fields().forEachRemaining(e -> form.enterprise.put(e.getKey(), e.getValue().asText()));
			int index = 0;
			for (JsonNode item : request.path("items")) {
				Map<String, String> typed = new java.util.LinkedHashMap<>();
				item.fields().forEachRemaining(e -> typed.put(e.getKey(), e.getValue().isBoolean()
						? (e.getValue().asBoolean() ? "true" : "") : e.getValue().asText()));
				form.items.add(typed);
				form.origins.add(index++);
			}
			String id = UUID.randomUUID().toString();
			drafts.insert(id, application.creditCode(), application.id(), write(form), user.id(), OffsetDateTime.now(clock));
			return id;
		});
	}

	/**
	 * Resubmits a returned application with the corrected items: checked first by the same rules as a
	 * submission, then the supplement task completed as the user, with the engine's checks on.
	 */
	@Transactional
	void resubmit(CurrentUser user, Loaded loaded, DraftForm form, String comment) {
		save(user, loaded.draft().id(), form);
		ApplicationRecord application = returned(user, loaded.draft().applicationId());
		lifecycle.correct(application.id(), form.request(account(user), plan));
		pledges.record(application.id(), user.id());
		completeSupplement(application, Map.of(Vars.SUPPLEMENT_ACTION, Decisions.RESUBMIT, Vars.COMMENT,
				comment == null ? "" : comment));
		Map<Integer, Integer> moved = new HashMap<>();
		for (int i = 0; i < form.origins.size(); i++) {
			if (form.origins.get(i) != null) {
				moved.put(form.origins.get(i), i);
			}
		}
		evidence.itemsRenumbered(application.id(), moved);
		drafts.delete(loaded.draft().id());
	}

	/** Withdraws a returned application with the enterprise's reason. */
	@Transactional
	void withdraw(CurrentUser user, String applicationId, String reason) {
		ApplicationRecord application = returned(user, applicationId);
		completeSupplement(application, Map.of(Vars.SUPPLEMENT_ACTION, Decisions.WITHDRAW, Vars.COMMENT, reason));
		drafts.correctionOf(applicationId).ifPresent(d -> drafts.delete(d.id()));
	}

	private void completeSupplement(ApplicationRecord application, Map<String, Object> variables) {
		// As the signed-in user (the page request's engine authentication, from the app's users): the
		// engine checks that the task is theirs to work, and the guard that only the supplement form's
		// fields are sent; the corrected items are already the application's record.
		Task task = tasks.createTaskQuery()
			.processInstanceId(application.processInstanceId())
			.taskDefinitionKey(Elements.SUPPLEMENT_APPLICATION)
			.singleResult();
		if (task == null) {
			throw new IllegalStateException("申报 " + application.id() + " 不在退回补正阶段");
		}
		tasks.complete(task.getId(), variables);
	}

	private ApplicationRecord returned(CurrentUser user, String applicationId) {
		ApplicationRecord application = applications.visible(user, applicationId)
			.filter(a -> user.ownsEnterprise(a.creditCode()))
			.orElseThrow(() -> new IllegalStateException("申报不存在"));
		if (application.status() != ApplicationStatus.RETURNED) {
			throw new IllegalStateException("申报 " + applicationId + " 不在退回补正阶段");
		}
		return application;
	}

	private static String creditCode(CurrentUser user) {
		return user.creditCode().orElseThrow();
	}

	private String write(DraftForm form) {
		try {
			return json.writeValueAsString(form.toJson(json));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private JsonNode read(String text) {
		try {
			return json.readTree(text);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
