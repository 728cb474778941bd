package cn.gov.jiangmen.subsidy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What each officer's screen may send back with a completion, read from the forms as Tasklist
 * shows them: a completion carrying anything else is refused. The table is the one of
 * docs/process-design.md; a form that grows a keyed field (even a read-only one, which form-js
 * sends back unchanged) makes that field writable by whoever completes the task, so it has to be
 * added here on purpose.
 */
class FormFieldsTest {

	@Test
	void each_form_sends_back_exactly_its_decision_fields() throws IOException {
		Map<String, Set<String>> submitted = new TreeMap<>();
		try (var files = Files.list(Path.of("forms"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
				String json = Files.readString(file);
				submitted.put(new ObjectMapper().readTree(json).path("id").asText(), FormFields.submittedBy(json));
			}
		}

		assertThat(submitted).containsExactlyInAnyOrderEntriesOf(Map.of(
				"form_district_review", Set.of("decision", "comment"),
				"form_city_review", Set.of("decision", "comment"),
				"form_investigate_objection", Set.of("decision", "comment"),
				"form_supplement_application", Set.of("supplementAction", "comment"),
				"form_disburse", Set.of("paymentReference", "paymentDate", "comment"),
				"form_report_fund_use", Set.of("fundUseReport"),
				"form_report_district_plan", Set.of("confirmed", "comment"),
				"form_publish_notice", Set.of("noticeChannel", "comment"),
				"form_include_in_budget", Set.of("confirmed", "comment"),
				"form_release_funds", Set.of("releaseDocumentNo", "comment")));
	}

	@Test
	void a_group_or_list_bound_to_a_path_sends_its_path_and_a_dotted_key_its_first_segment() {
		String form = """
				{"components": [
				  {"type": "text", "text": "说明"},
				  {"type": "group", "components": [{"type": "textfield", "key": "outer"}]},
				  {"type": "group", "path": "address", "components": [{"type": "textfield", "key": "street"}]},
				  {"type": "dynamiclist", "path": "rows", "components": [{"type": "number", "key": "amount"}]},
				  {"type": "textfield", "key": "bank.accountNumber"},
				  {"type": "table", "dataSource": "=items"}
				]}""";

		assertThat(FormFields.submittedBy(form)).containsExactlyInAnyOrder("outer", "address", "rows", "bank");
	}

}
