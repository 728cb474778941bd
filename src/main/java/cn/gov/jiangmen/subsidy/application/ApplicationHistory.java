package cn.gov.jiangmen.subsidy.application;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail of each application (CONTRACT {@code history}). */
@Service
public class ApplicationHistory {

	private final ApplicationRepository applications;

	ApplicationHistory(ApplicationRepository applications) {
		this.applications = applications;
	}

	@Transactional
	public void record(String applicationId, String step, String actor, String comment) {
		applications.addEvent(applicationId, step, actor, comment == null || comment.isBlank() ? null : comment.strip());
	}

	public List<ApplicationEvent> of(String applicationId) {
		return applications.events(applicationId);
	}

	/**
	 * The district's words when it last returned the application for correction, without the
	 * decision's name ("退回补正：…"); a plain request where the officer wrote nothing.
	 */
	public String returnReason(String applicationId) {
		List<ApplicationEvent> events = of(applicationId);
		for (int i = events.size() - 1; i >= 0; i--) {
			ApplicationEvent event = events.get(i);
			if ("DISTRICT_REVIEW".equals(event.step()) && event.comment() != null) {
				String reason = event.comment().replaceFirst("^退回补正[：:]?", "").strip();
				if (!reason.isEmpty()) {
					return reason;
				}
			}
		}
		return "请补正申报材料";
	}

}
