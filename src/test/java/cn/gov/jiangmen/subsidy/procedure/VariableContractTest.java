package cn.gov.jiangmen.subsidy.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Vars;

/**
 * Every process variable a model, a form or a class reads is named once, in
 * {@link cn.gov.jiangmen.subsidy.processes.ProcessConstants.Vars}, and every name there is read
 * somewhere. What a review task writes is visible in its model: the form's shared
 * {@code decision}/{@code comment} are task-local and empty (input mapping), and the decision leaves
 * the task under the task's own name (output mapping), which the gateway after it reads.
 */
class VariableContractTest {

	private static final Path PROCESSES = Path.of("processes");
	private static final Path FORMS = Path.of("forms");
	private static final Path SOURCES = Path.of("src/main/java");

	private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
	/** A name in an expression: not after a dot (a property), not before a dot or a bracket (a bean, a function). */
	private static final Pattern NAME = Pattern.compile("(?<![\\w.$])([A-Za-z_]\\w*)(?!\\s*[.(\\w])");
	private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{[^}]*}\"");
	private static final Pattern PARAMETER = Pattern.compile("camunda:(?:input|output)Parameter name=\"(\\w+)\"");
	/** A loop's body names the fields of each entry, not variables: only the list it loops over counts. */
	private static final Pattern LOOP = Pattern.compile("\\{\\{#loop\\s+(\\w+)\\s*}}.*?\\{\\{/loop}}", Pattern.DOTALL);
	private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
	private static final Pattern VARS_IN_JAVA = Pattern.compile("\\bVars\\.([A-Z_][A-Z0-9_]*)\\b");

	/** What EL itself provides, and what the engine puts beside the variables. */
	private static final Set<String> NOT_VARIABLES = Set.of("execution", "task", "null", "true", "false", "empty",
			"not", "and", "or", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");

	private static Map<String, String> declared;
	private static Map<String, BpmnModelInstance> models;
	private static Map<String, String> modelTexts;
	private static Map<String, JsonNode> forms;

	@BeforeAll
	static void read() throws IOException {
		declared = new TreeMap<>();
		for (Field field : Vars.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					String previous = declared.put((String) field.get(null), field.getName());
					assertThat(previous).as("%s and %s name the same variable", previous, field.getName()).isNull();
				}
				catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		models = new TreeMap<>();
		modelTexts = new TreeMap<>();
		for (Path file : files(PROCESSES, ".bpmn")) {
			models.put(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile()));
			modelTexts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
		}
		forms = new TreeMap<>();
		ObjectMapper json = new ObjectMapper();
		for (Path file : files(FORMS, ".form")) {
			forms.put(file.getFileName().toString(), json.readTree(file.toFile()));
		}
	}

	@Test
	void every_variable_a_model_names_is_declared_once() {
		Map<String, Set<String>> unknown = new TreeMap<>();
		modelTexts.forEach((file, text) -> variablesOfModel(text).stream()
			.filter(name -> !declared.containsKey(name))
			.forEach(name -> unknown.computeIfAbsent(file, k -> new TreeSet<>()).add(name)));
		assertThat(unknown).as("variables the models read that ProcessConstants.Vars does not declare").isEmpty();
	}

	@Test
	void every_variable_a_form_binds_or_shows_is_declared_once() {
		Map<String, Set<String>> unknown = new TreeMap<>();
		forms.forEach((file, form) -> variablesOfForm(form).stream()
			.filter(name -> !declared.containsKey(name))
			.forEach(name -> unknown.computeIfAbsent(file, k -> new TreeSet<>()).add(name)));
		assertThat(unknown).as("variables the forms bind or show that ProcessConstants.Vars does not declare").isEmpty();
	}

	@Test
	void every_declared_variable_is_read_by_a_model_a_form_or_a_class() {
		Set<String> used = new TreeSet<>();
		modelTexts.values().forEach(text -> used.addAll(variablesOfModel(text)));
		forms.values().forEach(form -> used.addAll(variablesOfForm(form)));
		Set<String> usedInJava = new TreeSet<>();
		for (Path file : files(SOURCES, ".java")) {
			if (!file.endsWith("ProcessConstants.java")) {
				Matcher constant = VARS_IN_JAVA.matcher(read(file));
				while (constant.find()) {
					usedInJava.add(constant.group(1));
				}
			}
		}
		List<String> unused = new ArrayList<>();
		declared.forEach((value, constant) -> {
			if (!used.contains(value) && !usedInJava.contains(constant)) {
				unused.add(constant + " = " + value);
			}
		});
		assertThat(unused).as("declared variables nothing reads").isEmpty();
	}

	@Test
	void no_class_names_a_variable_in_a_string_of_its_own() {
		Pattern literal = Pattern.compile("(?:get|set|remove)Variables?(?:Local)?(?:Typed)?\\(\\s*\"");
		List<String> found = new ArrayList<>();
		for (Path file : files(SOURCES, ".java")) {
			if (literal.matcher(read(file)).find()) {
				found.add(file.toString());
			}
		}
		assertThat(found).as("classes that read or write a variable by a literal name, not a Vars constant").isEmpty();
	}

	/** The review tasks whose forms bind the shared decision; each must say in the model where it goes. */
	@Test
	void each_review_task_empties_the_shared_answer_and_hands_its_decision_on_under_its_own_name() {
		Map<String, String> decisionOf = new TreeMap<>();
		for (BpmnModelInstance model : models.values()) {
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				JsonNode form = formOf(task);
				if (form == null || !variablesOfForm(form).contains(Vars.DECISION)) {
					continue;
				}
				CamundaInputOutput io = task.getExtensionElements() == null ? null
						: task.getExtensionElements()
							.getElementsQuery()
							.filterByType(CamundaInputOutput.class)
							.singleResult();
				assertThat(io).as("%s binds %s but has no input/output mapping", task.getId(), Vars.DECISION)
					.isNotNull();
				Map<String, String> inputs = new TreeMap<>();
				for (CamundaInputParameter input : io.getCamundaInputParameters()) {
					inputs.put(input.getCamundaName(), input.getTextContent().strip());
				}
				assertThat(inputs).as("%s: the form opens empty", task.getId())
					.containsEntry(Vars.DECISION, "")
					.containsEntry(Vars.COMMENT, "");
				List<String> outputs = io.getCamundaOutputParameters()
					.stream()
					.filter(output -> output.getTextContent().strip().equals("${" + Vars.DECISION + "}"))
					.map(CamundaOutputParameter::getCamundaName)
					.toList();
				assertThat(outputs).as("%s hands its decision on under one name of its own", task.getId())
					.singleElement()
					.isNotEqualTo(Vars.DECISION);
				decisionOf.put(task.getId(), outputs.get(0));
			}
		}
		assertThat(decisionOf).containsOnlyKeys("UserTask_DistrictReview", "UserTask_CityReview",
				"UserTask_InvestigateObjection");
		assertThat(Set.copyOf(decisionOf.values())).hasSize(decisionOf.size());
		for (BpmnModelInstance model : models.values()) {
			for (ConditionExpression condition : model.getModelElementsByType(ConditionExpression.class)) {
				assertThat(variablesIn(condition.getTextContent()))
					.as("a gateway reads a task's own decision, never the form's shared one: %s",
							condition.getTextContent())
					.doesNotContain(Vars.DECISION, Vars.COMMENT);
			}
		}
	}

	private static JsonNode formOf(UserTask task) {
		String ref = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
		return forms.values().stream().filter(form -> form.path("id").asText().equals(ref)).findFirst().orElse(null);
	}

	private static Set<String> variablesOfModel(String text) {
		String withoutDelegates = DELEGATE.matcher(text).replaceAll("");
		Set<String> names = new TreeSet<>();
		Matcher expression = EXPRESSION.matcher(withoutDelegates);
		while (expression.find()) {
			names.addAll(variablesIn("${" + expression.group(1) + "}"));
		}
		Matcher parameter = PARAMETER.matcher(text);
		while (parameter.find()) {
			names.add(parameter.group(1));
		}
		return names;
	}

	private static Set<String> variablesIn(String expressionText) {
		Set<String> names = new TreeSet<>();
		Matcher expression = EXPRESSION.matcher(expressionText);
		while (expression.find()) {
			String code = expression.group(1).replaceAll("'[^']*'|\"[^\"]*\"", "''");
			Matcher name = NAME.matcher(code);
			while (name.find()) {
				if (!NOT_VARIABLES.contains(name.group(1))) {
					names.add(name.group(1));
				}
			}
		}
		return names;
	}

	/** Keys a form binds, lists it iterates ({@code path}, a table's {@code =items}) and {@code {{names}}} it shows. */
	private static Set<String> variablesOfForm(JsonNode form) {
		Set<String> names = new TreeSet<>();
		collect(form.path("components"), names);
		return names;
	}

	private static void collect(JsonNode components, Set<String> names) {
		for (JsonNode component : components) {
			if (component.hasNonNull("path")) {
				// A dynamic list binds one variable; its fields are keys of the list's entries.
				names.add(component.get("path").asText());
				continue;
			}
			if (component.hasNonNull("key")) {
				names.add(component.get("key").asText());
			}
			String source = component.path("dataSource").asText("");
			if (source.matches("=\\s*\\w+\\s*")) {
				names.add(source.substring(1).strip());
			}
			for (String field : List.of("text", "content")) {
				String text = component.path(field).asText("");
				Matcher loop = LOOP.matcher(text);
				while (loop.find()) {
					names.add(loop.group(1));
				}
				Matcher template = TEMPLATE.matcher(LOOP.matcher(text).replaceAll(""));
				while (template.find()) {
					names.add(template.group(1));
				}
			}
			collect(component.path("components"), names);
		}
	}

	private static Collection<Path> files(Path dir, String suffix) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
