package cn.gov.jiangmen.subsidy.portal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationEvent;
import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Groups;
import cn.gov.jiangmen.subsidy.system.AuthorisedEngineCalls;

/**
 * An application's history as its enterprise may read it: each step with its date and office, the
 * decision, and the officer's words where the enterprise is entitled to them (a return or a
 * rejection always says why). Internal steps (reminders, escalations, fund-use reports) and an
 * objector's words and contact stay with the officers.
 */
@Component
public class Timeline {

	public record Step(String at, String office, String what, String opinion, boolean important) {
	}

	static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final IdentityService identity;
	private final AuthorisedEngineCalls authorised;

	Timeline(IdentityService identity, AuthorisedEngineCalls authorised) {
		this.identity = identity;
		this.authorised = authorised;
	}

	List<Step> of(List<ApplicationEvent> events) {
		Map<String, String> offices = new HashMap<>();
		List<Step> steps = new ArrayList<>();
		for (ApplicationEvent event : events) {
			String comment = event.comment();
			String office = offices.computeIfAbsent(event.actor(), this::office);
			String at = MINUTE.format(event.at().atZoneSameInstant(WorkingDays.ZONE));
			Step step = switch (event.step()) {
				case "SUBMITTED" -> new Step(at, office, "提交申报", null, false);
				// "按 jiangmen-2025 测算…": the enterprise reads the policy, not the rule pack's id
				case "ASSESSED" -> new Step(at, "系统", "资格审查与金额测算",
						comment == null ? null : comment.replaceFirst("^按 \\S+ 测算", "按政策测算"), false);
				case "DISTRICT_REVIEW", "CITY_REVIEW", "OBJECTION_INVESTIGATION" -> review(at, office, event.step(), comment);
				case "SUPPLEMENTED" -> new Step(at, office, "补正后重新提交", comment, false);
				case "WITHDRAWN" -> new Step(at, office, "撤回申报", comment, true);
				case "REJECTED" -> new Step(at, "系统", "不予支持", comment, true);
				case "PLAN_REPORTED" -> new Step(at, office, "列入区级拟下达项目计划，报市商务局复审", null, false);
				case "NOTICE_PUBLISHED" -> new Step(at, office, "公示", comment, false);
				case "OBJECTION_RECEIVED" -> new Step(at, office, "公示期间收到异议，重新调查处理中", null, false);
				case "BUDGET_INCLUDED" -> new Step(at, office, "编入部门预算", comment, false);
				case "FUNDS_RELEASED" -> new Step(at, office, "市财政局下达资金", comment, false);
				case "DISBURSED" -> new Step(at, office, "资金兑付", comment, true);
				case "CLAWED_BACK" -> new Step(at, office, "追回扶持资金（第十五条）", comment, true);
				default -> null; // reminders, escalations, fund-use reports: the officers' own business
			};
			if (step != null) {
				steps.add(step);
			}
		}
		return steps;
	}

	/** "通过：意见" shows 通过 only; a return or rejection shows its reason. */
	private static Step review(String at, String office, String step, String comment) {
		String what = switch (step) {
			case "DISTRICT_REVIEW" -> "区级初审";
			case "CITY_REVIEW" -> "市级复审";
			default -> "异议调查";
		};
		String text = comment == null ? "" : comment;
		int colon = text.indexOf('：');
		String decision = colon < 0 ? text : text.substring(0, colon);
		String reason = colon < 0 ? null : text.substring(colon + 1);
		boolean explained = decision.equals("退回补正") || decision.equals("不予支持") || decision.equals("异议成立");
		return new Step(at, office, what + "：" + decision, explained ? reason : null, explained);
	}

	private String office(String actor) {
		if (actor == null || actor.equals("system")) {
			return "系统";
		}
		List<Group> groups = authorised.call(() -> identity.createGroupQuery().groupMember(actor).list());
		for (Group group : groups) {
			if (group.getId().equals(Groups.ENTERPRISE)) {
				return "本企业";
			}
		}
		return groups.stream().map(Group::getName).filter(name -> name != null && !name.isBlank()).findFirst()
			.orElse("主管部门");
	}

}
