package cn.gov.jiangmen.subsidy.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Groups;
import cn.gov.jiangmen.subsidy.claim.AssessmentView;
import cn.gov.jiangmen.subsidy.identity.CurrentUser;

/**
 * Reading applications as a user may: one by id (absent when another enterprise's or district's),
 * a page of them, the stored request and assessment. For the REST API and the portal alike.
 */
@Service
public class ApplicationQueries {

	public static final int MAX_PAGE_SIZE = 100;

	private final ApplicationRepository applications;
	private final ApplicationAccess access;
	private final ObjectMapper json;

	ApplicationQueries(ApplicationRepository applications, ApplicationAccess access, ObjectMapper json) {
		this.applications = applications;
		this.access = access;
		this.json = json;
	}

	public record Page(List<ApplicationRecord> items, long total) {
	}

	/** The application, if the user may see it: its enterprise, its district's bureaus, the city, admin. */
	@Transactional(readOnly = true)
	public Optional<ApplicationRecord> visible(CurrentUser user, String id) {
		return applications.find(id).filter(found -> access.mayRead(user, found));
	}

	/** For the app's own services, which have checked who acts already. */
	@Transactional(readOnly = true)
	public Optional<ApplicationRecord> find(String id) {
		return applications.find(id);
	}

	/** Newest first; only what the user may see. */
	@Transactional(readOnly = true)
	public Page page(CurrentUser user, ApplicationStatus status, int page, int size) {
		ApplicationRepository.ApplicationPage found = applications.page(visibility(user), status, page, size);
		return new Page(found.rows(), found.total());
	}

	/** The request as stored (the enterprise's own words and numbers, as corrected last). */
	public JsonNode request(ApplicationRecord application) {
		return parse(application.requestJson());
	}

	/** The assessment of its last submission, or an empty one before the first assessment. */
	public AssessmentView assessment(ApplicationRecord application) {
		if (application.assessmentJson() == null) {
			return new AssessmentView(application.policyId(), List.of(), "0.00");
		}
		try {
			return json.readValue(application.assessmentJson(), AssessmentView.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("stored assessment is not readable", e);
		}
	}

	static ApplicationRepository.Visibility visibility(CurrentUser user) {
		if (user.isAdmin() || user.isCityCommerce() || user.isCityFinance()) {
			return new ApplicationRepository.Visibility(true, null, List.of());
		}
		List<String> districts = new ArrayList<>();
		for (String group : user.groups()) {
			for (String prefix : List.of(Groups.DISTRICT_COMMERCE_PREFIX, Groups.DISTRICT_FINANCE_PREFIX)) {
				if (group.startsWith(prefix)) {
					districts.add(group.substring(prefix.length()).toUpperCase(Locale.ROOT));
				}
			}
		}
		String creditCode = user.isEnterprise() ? user.creditCode().orElseThrow() : null;
		return new ApplicationRepository.Visibility(false, creditCode, districts.stream().distinct().toList());
	}

	private JsonNode parse(String text) {
		try {
			return json.readTree(text);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("stored request is not JSON", e);
		}
	}

}
