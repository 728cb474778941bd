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

}
