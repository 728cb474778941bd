package cn.gov.jiangmen.subsidy.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The BPMN models in {@code processes/} and the Camunda Forms in {@code forms/} agree with each other
 * and with docs/process-design.md: deployable on Camunda 7.24, every user task has a form and a
 * candidate group, everything is drawn, ids say what they are. Plain JUnit, no engine.
 */
class ModelConsistencyTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");

  /** Element ids Modeler generates ({@code Activity_0x1ab2c}, {@code Gateway_1abc}, {@code Flow_0x..}) fail this. */
  private static final Pattern MEANINGFUL_ID = Pattern.compile("[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*");
  private static final Pattern PROCESS_KEY = Pattern.compile("[a-z][A-Za-z]+");

  private static final Map<String, String> PROCESS_FILES = Map.of(
      "subsidy-application.bpmn", "subsidyApplication",
      "district-plan-report.bpmn", "districtPlanReport",
      "public-notice.bpmn", "publicNotice",
      "budget-inclusion.bpmn", "budgetInclusion",
      "funds-release.bpmn", "fundsRelease");

  /** Ids that Java code and process tests refer to (docs/process-design.md). */
  private static final List<String> APPLICATION_IDS = List.of(
      "StartEvent_ApplicationSubmitted", "Gateway_MergeSubmission", "ServiceTask_AssessEligibility",
      "UserTask_DistrictReview", "Gateway_DistrictDecision", "Flow_DistrictReturn", "Flow_DistrictReject",
      "Flow_DistrictApprove", "UserTask_SupplementApplication", "Gateway_SupplementAction", "Flow_Resubmit",
      "Flow_Withdraw", "ServiceTask_WithdrawApplication", "EndEvent_Withdrawn", "CatchEvent_DistrictPlanReported",
      "UserTask_CityReview", "Gateway_CityDecision", "Flow_CityReject", "Flow_CityApprove",
      "CatchEvent_NoticePublished", "SubProcess_PublicNotice", "StartEvent_NoticeOpened",
      "CatchEvent_NoticePeriodEnded", "EndEvent_NoticePeriodOver", "SubProcess_Objection",
      "StartEvent_ObjectionReceived", "UserTask_InvestigateObjection", "BoundaryEvent_ObjectionReminder",
      "ServiceTask_RemindInvestigator", "EndEvent_Reminded", "BoundaryEvent_ObjectionOverdue",
      "ServiceTask_EscalateToCity", "EndEvent_Escalated", "Gateway_ObjectionDecision", "Flow_ObjectionUpheld",
      "Flow_ObjectionDismissed", "EndEvent_ObjectionDismissed", "EndEvent_ObjectionUpheld",
      "BoundaryEvent_ObjectionUpheld", "Error_ObjectionUpheld", "CatchEvent_BudgetIncluded",
      "CatchEvent_BudgetYearStarted", "CatchEvent_FundsReleased", "UserTask_Disburse", "ServiceTask_RecordPayment",
      "UserTask_ReportFundUse", "EndEvent_Disbursed", "Gateway_MergeRejection", "ServiceTask_RejectApplication",
      "EndEvent_Rejected", "Message_DistrictPlanReported", "Message_NoticePublished", "Message_ObjectionReceived",
      "Message_BudgetIncluded", "Message_FundsReleased");

  private static final List<String> BATCH_IDS = List.of(
      "StartEvent_BatchOpened", "ServiceTask_ReleaseBatch", "EndEvent_BatchDone");

  private static Map<String, BpmnModelInstance> models;
  private static Map<String, JsonNode> formsById;

  @BeforeAll
  static void readModelsAndForms() {
    models = new TreeMap<>();
    for (Path file : list(PROCESSES, ".bpmn")) {
      // readModelFromFile validates against the BPMN 2.0 schema and the Camunda extensions
      models.put(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile()));
    }
    formsById = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (Path file : list(FORMS, ".form")) {
      try {
        JsonNode form = json.readTree(file.toFile());
        JsonNode previous = formsById.put(form.path("id").asText(), form);
        assertThat(previous).as("form id %s used twice", form.path("id").asText()).isNull();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
  }

  @Test
  void the_five_process_files_hold_the_five_processes_of_the_design() {
    assertThat(models.keySet()).containsExactlyInAnyOrderElementsOf(PROCESS_FILES.keySet());
    models.forEach((file, model) -> assertThat(processes(model))
        .as(file)
        .extracting(Process::getId)
        .containsExactly(PROCESS_FILES.get(file)));
  }

  @Test
  void every_executable_process_has_a_history_time_to_live_and_a_version_tag() {
    List<String> problems = new ArrayList<>();
    models.forEach((file, model) -> processes(model).forEach(process -> {
      if (!process.isExecutable()) {
        problems.add(file + ": process " + process.getId() + " is not executable");
        return;
      }
      if (isBlank(process.getCamundaHistoryTimeToLiveString())) {
        problems.add(file + ": process " + process.getId() + " has no camunda:historyTimeToLive");
      }
      if (isBlank(process.getCamundaVersionTag())) {
        problems.add(file + ": process " + process.getId() + " has no camunda:versionTag");
      }
    }));
    assertThat(problems).isEmpty();
  }

  @Test
  void every_user_task_has_an_existing_form_bound_to_its_latest_version_and_candidate_groups() {
    List<String> problems = new ArrayList<>();
    Set<String> referenced = new HashSet<>();
    models.forEach((file, model) -> model.getModelElementsByType(UserTask.class).forEach(task -> {
      String where = file + " › " + task.getId() + ": ";
      String formRef = task.getCamundaFormRef();
      if (isBlank(formRef)) {
        problems.add(where + "no camunda:formRef");
      } else if (!formsById.containsKey(formRef)) {
        problems.add(where + "camunda:formRef " + formRef + " matches the id of no forms/*.form");
      } else {
        referenced.add(formRef);
      }
      if (!"latest".equals(task.getCamundaFormRefBinding())) {
        problems.add(where + "camunda:formRefBinding is not \"latest\"");
      }
      if (isBlank(task.getCamundaCandidateGroups())) {
        problems.add(where + "no camunda:candidateGroups");
      }
      if (!isBlank(task.getCamundaFormKey())) {
        problems.add(where + "uses camunda:formKey; forms are referenced by camunda:formRef");
      }
    }));
    assertThat(problems).isEmpty();
    assertThat(referenced).as("every form is used by a user task").isEqualTo(formsById.keySet());
  }

  @Test
  void every_form_is_a_camunda_7_24_form_whose_components_have_unique_ids() {
    List<String> problems = new ArrayList<>();
    formsById.forEach((id, form) -> {
      if (!"default".equals(form.path("type").asText())) {
        problems.add(id + ": type is not \"default\"");
      }
      if (form.path("schemaVersion").asInt(Integer.MAX_VALUE) > 16) {
        problems.add(id + ": schemaVersion above 16, which the 7.24 Tasklist does not render");
      }
      if (!form.path("executionPlatformVersion").asText().startsWith("7.24")) {
        problems.add(id + ": executionPlatformVersion is not 7.24");
      }
      List<String> componentIds = new ArrayList<>();
      collectComponentIds(form.path("components"), componentIds);
      componentIds.stream()
          .collect(Collectors.groupingBy(c -> c, Collectors.counting()))
          .forEach((componentId, count) -> {
            if (count > 1) {
              problems.add(id + ": component id " + componentId + " used " + count + " times");
            }
          });
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void every_flow_node_and_sequence_flow_is_drawn() {
    List<String> problems = new ArrayList<>();
    models.forEach((file, model) -> {
      Set<String> shapes = drawn(model.getModelElementsByType(BpmnShape.class).stream()
          .map(shape -> shape.getBpmnElement()));
      Set<String> edges = drawn(model.getModelElementsByType(BpmnEdge.class).stream()
          .map(edge -> edge.getBpmnElement()));
      model.getModelElementsByType(FlowNode.class).stream()
          .filter(node -> !shapes.contains(node.getId()))
          .forEach(node -> problems.add(file + ": " + node.getId() + " has no BPMNShape"));
      model.getModelElementsByType(SequenceFlow.class).stream()
          .filter(flow -> !edges.contains(flow.getId()))
          .forEach(flow -> problems.add(file + ": " + flow.getId() + " has no BPMNEdge"));
      model.getModelElementsByType(BpmnEdge.class).stream()
          .filter(edge -> edge.getWaypoints().size() < 2)
          .forEach(edge -> problems.add(file + ": " + edge.getId() + " has fewer than two waypoints"));
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void ids_say_what_the_elements_are() {
    List<String> problems = new ArrayList<>();
    models.forEach((file, model) -> {
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        String id = element.getId();
        if (id == null) {
          continue; // condition expressions and the like carry no id
        }
        Pattern expected = element instanceof Process ? PROCESS_KEY : MEANINGFUL_ID;
        if (!expected.matcher(id).matches() || id.startsWith("Activity_")) {
          problems.add(file + ": id " + id + " looks generated, name it after what it is");
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void the_application_process_has_every_element_the_design_names() {
    BpmnModelInstance model = models.get("subsidy-application.bpmn");
    assertThat(APPLICATION_IDS)
        .filteredOn(id -> model.getModelElementById(id) == null)
        .as("ids of docs/process-design.md missing from subsidy-application.bpmn")
        .isEmpty();
    for (String file : List.of("district-plan-report.bpmn", "public-notice.bpmn", "budget-inclusion.bpmn",
        "funds-release.bpmn")) {
      assertThat(BATCH_IDS)
          .filteredOn(id -> models.get(file).getModelElementById(id) == null)
          .as("ids missing from " + file)
          .isEmpty();
    }
  }

  @Test
  void messages_are_named_after_their_ids_and_boundary_timers_do_not_interrupt() {
    List<String> problems = new ArrayList<>();
    models.forEach((file, model) -> {
      for (Message message : model.getModelElementsByType(Message.class)) {
        if (!message.getId().equals(message.getName())) {
          problems.add(file + ": message " + message.getId() + " is named " + message.getName());
        }
      }
      for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
        // A timer only reminds or escalates; the one boundary that ends its scope is the upheld
        // objection, which ends the public notice (第十四条).
        boolean timer = !event.getChildElementsByType(TimerEventDefinition.class).isEmpty();
        if (event.cancelActivity() && (timer || !event.getId().equals("BoundaryEvent_ObjectionUpheld"))) {
          problems.add(file + ": " + event.getId() + " interrupts its task");
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void every_flow_out_of_a_deciding_gateway_is_named_and_conditional() {
    List<String> problems = new ArrayList<>();
    models.forEach((file, model) -> {
      for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
        Collection<SequenceFlow> outgoing = gateway.getOutgoing();
        if (outgoing.size() < 2) {
          continue; // a merging gateway
        }
        if (gateway.getIncoming().size() > 1) {
          problems.add(file + ": " + gateway.getId() + " both merges and decides");
        }
        for (SequenceFlow flow : outgoing) {
          if (isBlank(flow.getName())) {
            problems.add(file + ": " + flow.getId() + " out of " + gateway.getId() + " has no name");
          }
          if (flow.getConditionExpression() == null && !flow.equals(gateway.getDefault())) {
            problems.add(file + ": " + flow.getId() + " out of " + gateway.getId() + " has no condition");
          }
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  // ---------------------------------------------------------------------------

  private static Collection<Process> processes(BpmnModelInstance model) {
    return model.getModelElementsByType(Process.class);
  }

  private static Set<String> drawn(Stream<BaseElement> elements) {
    return elements.filter(element -> element != null).map(BaseElement::getId).collect(Collectors.toSet());
  }

  private static void collectComponentIds(JsonNode components, List<String> ids) {
    for (JsonNode component : components) {
      ids.add(component.path("id").asText());
      collectComponentIds(component.path("components"), ids);
    }
  }

  private static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir.toAbsolutePath(), e);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
