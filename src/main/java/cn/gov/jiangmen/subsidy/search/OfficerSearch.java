package cn.gov.jiangmen.subsidy.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.jiangmen.subsidy.application.ApplicationStatus;
import cn.gov.jiangmen.subsidy.ledger.ItemKinds;
import cn.gov.jiangmen.subsidy.policy.Countries;
import cn.gov.jiangmen.subsidy.report.Labels;
import cn.gov.jiangmen.subsidy.report.Names;
import cn.gov.jiangmen.subsidy.report.ReportScope;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/**
 * The officers' search: an application by number, enterprise name or credit code, status and
 * district; its page shows its items, history and ledger, and links to its open task in Tasklist.
 * An officer finds only applications of the districts it may see (another district's is absent).
 */
@Controller
class OfficerSearch {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final SearchRepository applications;
	private final CurrentUsers users;
	private final TaskService tasks;

	OfficerSearch(SearchRepository applications, CurrentUsers users, TaskService tasks) {
		this.applications = applications;
		this.users = users;
		this.tasks = tasks;
	}

	/** A line of an application's items, as assessed. */
	record ItemLine(int index, String typeName, boolean eligible, String amount, String cityAmount, String districtAmount,
			String articles, String reasons, String trace) {
	}

	/** An open task of the application, and where Tasklist opens it. */
	record OpenTask(String name, String tasklistUrl) {
	}

	@GetMapping("/officer/search")
	@Transactional(readOnly = true)
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String district, Model model) {
		ReportScope scope = ReportScope.of(users.current());
		String chosenStatus = Arrays.stream(ApplicationStatus.values()).map(Enum::name).filter(s -> s.equals(status))
			.findFirst().orElse(null);
		List<String> districts = district != null && scope.covers(district) ? List.of(district) : scope.districts();
		String text = q == null ? "" : q.strip();
		if (text.length() > 100) {
			text = text.substring(0, 100);
		}
		boolean asked = !text.isEmpty() || chosenStatus != null || (district != null && !district.isEmpty());
		model.addAttribute("q", text);
		model.addAttribute("status", chosenStatus);
		model.addAttribute("district", districts.size() == 1 ? districts.get(0) : null);
		model.addAttribute("statuses", Arrays.stream(ApplicationStatus.values())
			.map(s -> Map.of("code", s.name(), "label", Names.status(s.name()))).toList());
		model.addAttribute("districts", scope.districts().stream()
			.map(d -> Map.of("code", d, "label", Names.district(d))).toList());
		model.addAttribute("results", asked ? applications.find(text, chosenStatus, districts) : List.of());
		model.addAttribute("asked", asked);
		model.addAttribute("limit", SearchRepository.LIMIT);
		model.addAttribute("names", new Labels());
		return "officer/search";
	}

	@GetMapping("/officer/applications/{id}")
	@Transactional(readOnly = true)
	String application(@PathVariable String id, Model model) {
		ReportScope scope = ReportScope.of(users.current());
		SearchRepository.Detail application = applications.detail(id)
			.filter(found -> scope.covers(found.district()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "申报不存在: " + id));
		model.addAttribute("app", application);
		model.addAttribute("items", items(application));
		model.addAttribute("history", applications.history(id));
		model.addAttribute("ledger", applications.ledger(id));
		model.addAttribute("tasks", application.processInstanceId() == null ? List.of()
				: tasks.createTaskQuery().processInstanceId(application.processInstanceId()).list().stream()
					.map(OfficerSearch::openTask).toList());
		model.addAttribute("names", new Labels());
		return "officer/application";
	}

	private static OpenTask openTask(Task task) {
		return new OpenTask(task.getName(), "/camunda/app/tasklist/default/#/?task=" + task.getId());
	}

	private static List<ItemLine> items(SearchRepository.Detail application) {
		if (application.assessmentJson() == null) {
			return List.of();
		}
		JsonNode assessment;
		try {
			assessment = JSON.readTree(application.assessmentJson());
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
		List<ItemLine> lines = new ArrayList<>();
		for (JsonNode item : assessment.path("items")) {
			List<String> reasons = new ArrayList<>();
			item.path("reasons").forEach(r -> reasons.add(r.asText()));
			List<String> articles = new ArrayList<>();
			item.path("articles").forEach(a -> articles.add(a.asText()));
			lines.add(new ItemLine(item.path("index").asInt(),
					ItemKinds.of(application.policyId(), item.path("type").asText()).label(),
					item.path("eligible").asBoolean(), item.path("amount").asText(), item.path("cityAmount").asText(),
					item.path("districtAmount").asText(), String.join("、", articles), String.join("、", reasons),
					Countries.inWords(item.path("trace").asText())));
		}
		return lines;
	}

}
