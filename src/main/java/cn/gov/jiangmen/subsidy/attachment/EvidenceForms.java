package cn.gov.jiangmen.subsidy.attachment;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.application.ApplicationQueries;
import cn.gov.jiangmen.subsidy.application.ApplicationRecord;
import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.policy.jiangmen.JiangmenItemType;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Vars;
import cn.gov.jiangmen.subsidy.system.AuthorisedEngineCalls;
import cn.gov.jiangmen.subsidy.system.SpinJson;

/**
 * What the officers' review forms show of the evidence: every file with its item, size, SHA-256
 * and a link to open it, and the enterprise's pledge. Kept in two process variables, written anew
 * whenever the files or the pledge change, so a form opened later shows them as they are.
 */
@Component
class EvidenceForms {

	static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final AttachmentRepository attachments;
	private final ApplicationQueries applications;
	private final Pledges pledges;
	private final RuntimeService runtime;
	private final IdentityService identity;
	private final AuthorisedEngineCalls authorised;

	EvidenceForms(AttachmentRepository attachments, ApplicationQueries applications, Pledges pledges,
			RuntimeService runtime, IdentityService identity, AuthorisedEngineCalls authorised) {
		this.attachments = attachments;
		this.applications = applications;
		this.pledges = pledges;
		this.runtime = runtime;
		this.identity = identity;
		this.authorised = authorised;
	}

	/** The officers' link to a file: the officers' pages, which take a Tasklist sign-in too. */
	static String officerLink(String applicationId, long attachmentId) {
		return "/officer/applications/" + applicationId + "/attachments/" + attachmentId;
	}

	void refresh(String applicationId) {
		ApplicationRecord application = applications.find(applicationId).orElseThrow();
		if (application.processInstanceId() == null) {
			return;
		}
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(Vars.ATTACHMENTS, SpinJson.of(rows(application)));
		variables.put(Vars.PLEDGE, pledgeText(applicationId));
		authorised.run(() -> {
			boolean running = runtime.createProcessInstanceQuery()
				.processInstanceId(application.processInstanceId())
				.active()
				.count() > 0;
			if (running) {
				runtime.setVariables(application.processInstanceId(), variables);
			}
		});
	}

	private List<Map<String, Object>> rows(ApplicationRecord application) {
		JsonNode items = applications.request(application).path("items");
		List<Map<String, Object>> rows = new ArrayList<>();
		int number = 1;
		for (Attachment attachment : attachments.ofApplication(application.id())) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("no", number++);
			row.put("item", itemName(items, attachment.itemIndex()));
			row.put("name", attachment.name());
			row.put("kind", attachment.kind());
			row.put("size", attachment.sizeText());
			row.put("sha256", attachment.sha256());
			row.put("url", officerLink(application.id(), attachment.id()));
			rows.add(row);
		}
		return rows;
	}

	static String itemName(JsonNode items, Integer index) {
		if (index == null || index >= items.size()) {
			return "整体材料";
		}
		String type = items.get(index).path("type").asText();
		try {
			return "第" + (index + 1) + "项 " + JiangmenItemType.valueOf(type).label();
		}
		catch (IllegalArgumentException e) {
			return "第" + (index + 1) + "项";
		}
	}

	private String pledgeText(String applicationId) {
		return pledges.latest(applicationId)
			.map(p -> name(p.pledgedBy()) + "（" + p.pledgedBy() + "）于 "
					+ MINUTE.format(p.pledgedAt().atZoneSameInstant(WorkingDays.ZONE)) + " 勾选承诺：" + p.wording())
			.orElse("未经企业申报平台勾选承诺（经接口提交或由区商务主管部门代为提交）。");
	}

	private String name(String userId) {
		User user = authorised.call(() -> identity.createUserQuery().userId(userId).singleResult());
		if (user == null) {
			return userId;
		}
		String name = ((user.getFirstName() == null ? "" : user.getFirstName())
				+ (user.getLastName() == null ? "" : user.getLastName())).strip();
		return name.isEmpty() ? userId : name;
	}

}
