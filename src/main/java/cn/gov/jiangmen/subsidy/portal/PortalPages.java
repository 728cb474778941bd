package cn.gov.jiangmen.subsidy.portal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.jiangmen.subsidy.application.ApplicationHistory;
import cn.gov.jiangmen.subsidy.application.ApplicationQueries;
import cn.gov.jiangmen.subsidy.application.ApplicationRecord;
import cn.gov.jiangmen.subsidy.application.ApplicationStatus;
import cn.gov.jiangmen.subsidy.attachment.Attachment;
import cn.gov.jiangmen.subsidy.attachment.Downloads;
import cn.gov.jiangmen.subsidy.attachment.Evidence;
import cn.gov.jiangmen.subsidy.attachment.EvidenceRefusedException;
import cn.gov.jiangmen.subsidy.attachment.Pledges;
import cn.gov.jiangmen.subsidy.call.Call;
import cn.gov.jiangmen.subsidy.call.Calls;
import cn.gov.jiangmen.subsidy.call.NoOpenCallException;
import cn.gov.jiangmen.subsidy.ledger.Ledger;
import cn.gov.jiangmen.subsidy.notification.Notifications;
import cn.gov.jiangmen.subsidy.policy.jiangmen.JiangmenItemType;
import cn.gov.jiangmen.subsidy.claim.ClaimRequestReader;
import cn.gov.jiangmen.subsidy.refusal.InvalidFieldsException;
import cn.gov.jiangmen.subsidy.identity.CurrentUser;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;
import cn.gov.jiangmen.subsidy.identity.EnterpriseDirectory.EnterpriseAccount;

/**
 * The enterprise's pages: home, the self-check (政策计算器), drafts with their evidence and the
 * pledge, 我的申报 with each application's timeline, the answer to a return, notifications. An
 * enterprise user sees only its own credit code's applications, drafts and files; anything else is
 * a 404.
 */
@Controller
@RequestMapping("/portal")
class PortalPages {

	private final CurrentUsers users;
	private final Drafts drafts;
	private final Calls calls;
	private final Ledger ledger;
	private final ClaimRequestReader reader;
	private final KeyExhibitions plan;
	private final Evidence evidence;
	private final ApplicationQueries applications;
	private final ApplicationHistory history;
	private final Timeline timeline;
	private final Notifications notifications;

	PortalPages(CurrentUsers users, Drafts drafts, Calls calls, Ledger ledger, ClaimRequestReader reader,
			KeyExhibitions plan, Evidence evidence, ApplicationQueries applications, ApplicationHistory history,
			Timeline timeline, Notifications notifications) {
		this.users = users;
		this.drafts = drafts;
		this.calls = calls;
		this.ledger = ledger;
		this.reader = reader;
		this.plan = plan;
		this.evidence = evidence;
		this.applications = applications;
		this.history = history;
		this.timeline = timeline;
		this.notifications = notifications;
	}

	/** On every portal page: who the enterprise is, the open call, unread notifications. */
	@ModelAttribute
	void common(Model model) {
		CurrentUser user = users.current();
		if (!user.isEnterprise()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("account", drafts.account(user));
		model.addAttribute("openCall", calls.openToday().orElse(null));
		model.addAttribute("unread", notifications.unread(user.creditCode().orElseThrow()));
	}

	@GetMapping
	String home(Model model) {
		CurrentUser user = users.current();
		ApplicationQueries.Page recent = applications.page(user, null, 0, 5);
		model.addAttribute("recent", recent.items());
		model.addAttribute("returned", recent.items().stream().filter(a -> a.status() == ApplicationStatus.RETURNED).toList());
		model.addAttribute("drafts", drafts.newOnes(user));
		model.addAttribute("notifications", notifications.of(user.creditCode().orElseThrow(), 3));
		return "portal/home";
	}

	// 政策计算器: nothing is stored until the enterprise saves the items as a draft.

	@GetMapping("/check")
	String check(Model model) {
		DraftForm form = DraftForm.empty();
		return editor(model, form, Map.of(), null, "check");
	}

	@PostMapping("/check")
	String check(@RequestParam MultiValueMap<String, String> params, Model model) {
		DraftForm form = DraftForm.fromParams(params);
		String action = withType(params);
		if ("save".equals(action)) {
			String id = drafts.create(users.current(), form);
			return "redirect:/portal/drafts/" + id + "?saved=1";
		}
		Map<String, String> errors = new LinkedHashMap<>();
		QuoteRows quote = act(action, form, errors);
		return editor(model, form, errors, quote, "check");
	}

	// Drafts

	@GetMapping("/drafts")
	String drafts(Model model) {
		model.addAttribute("drafts", drafts.newOnes(users.current()));
		return "portal/drafts";
	}

	@PostMapping("/drafts")
	String newDraft() {
		return "redirect:/portal/drafts/" + drafts.create(users.current(), DraftForm.empty());
	}

	@GetMapping("/drafts/{id}")
	String draft(@PathVariable String id, @RequestParam(required = false) String upload, Model model) {
		Drafts.Loaded loaded = loaded(id);
		Map<String, String> errors = new LinkedHashMap<>();
		if ("too-large".equals(upload)) {
			errors.put("file", "文件不得超过 20 MB，请压缩或分拆后再上传");
		}
		return draftPage(model, loaded, loaded.form(), errors, null);
	}

	@PostMapping("/drafts/{id}")
	String draft(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Drafts.Loaded loaded = loaded(id);
		CurrentUser user = users.current();
		DraftForm form = DraftForm.fromParams(params);
		String action = Optional.ofNullable(withType(params)).orElse("save");
		Map<String, String> errors = new LinkedHashMap<>();
		if (action.startsWith("remove:")) {
			drafts.removeItem(user, loaded, form, index(action));
			return draftPage(model, loaded, form, errors, null);
		}
		if (action.equals("submit") || action.equals("resubmit")) {
			if (!DraftForm.checked(params.getFirst("pledge"))) {
				errors.put("pledge", "提交前请阅读并勾选承诺");
				drafts.save(user, id, form);
				return draftPage(model, loaded, form, errors, quoteOrNull(form, errors));
			}
			try {
				if (loaded.draft().applicationId() == null) {
					ApplicationRecord application = drafts.submit(user, loaded, form);
					redirect.addFlashAttribute("message", "申报已提交，申报编号 " + application.id() + "。区商务主管部门将进行初审。");
					return "redirect:/portal/applications/" + application.id();
				}
				drafts.resubmit(user, loaded, form, params.getFirst("comment"));
				redirect.addFlashAttribute("message", "已重新提交，申报回到区级初审。");
				return "redirect:/portal/applications/" + loaded.draft().applicationId();
			}
			catch (InvalidFieldsException e) {
				errors.putAll(fieldErrors(e));
			}
			catch (NoOpenCallException e) {
				errors.put("call", NoOpenCallException.MESSAGE);
			}
			drafts.save(user, id, form);
			return draftPage(model, loaded, form, errors, null);
		}
		drafts.save(user, id, form);
		QuoteRows quote = act(action, form, errors);
		if (action.equals("save")) {
			model.addAttribute("message", "草稿已保存。");
		}
		return draftPage(model, loaded, form, errors, quote);
	}

	@PostMapping("/drafts/{id}/delete")
	String discard(@PathVariable String id, RedirectAttributes redirect) {
		Drafts.Loaded loaded = loaded(id);
		if (loaded.draft().applicationId() != null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		drafts.discard(users.current(), loaded);
		redirect.addFlashAttribute("message", "草稿已删除。");
		return "redirect:/portal/drafts";
	}

	@PostMapping("/drafts/{id}/attachments")
	String upload(@PathVariable String id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String itemIndex, RedirectAttributes redirect) throws IOException {
		Drafts.Loaded loaded = loaded(id);
		CurrentUser user = users.current();
		Integer item = itemIndex == null || itemIndex.isBlank() ? null : Integer.valueOf(itemIndex);
		try {
			if (file == null || file.isEmpty()) {
				throw new IllegalArgumentException("请选择要上传的文件");
			}
			if (file.getSize() > Evidence.MAX_FILE_BYTES) {
				throw new IllegalArgumentException("文件不得超过 20 MB，请压缩或分拆后再上传");
			}
			Attachment added = loaded.draft().applicationId() == null
					? evidence.addToDraft(user, id, loaded.form().items.size(), item, file.getOriginalFilename(), file.getBytes())
					: evidence.addToApplication(user, loaded.draft().applicationId(), origin(loaded, item),
							file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("message", "已上传“" + added.name() + "”（" + added.kind() + "，" + added.sizeText() + "）。");
		}
		catch (EvidenceRefusedException | IllegalArgumentException e) {
			redirect.addFlashAttribute("uploadError", e.getMessage());
		}
		return "redirect:/portal/drafts/" + id + "#evidence";
	}

	@PostMapping("/drafts/{id}/attachments/{attachmentId}/delete")
	String removeFile(@PathVariable String id, @PathVariable long attachmentId, RedirectAttributes redirect) {
		Drafts.Loaded loaded = loaded(id);
		try {
			if (loaded.draft().applicationId() == null) {
				evidence.removeFromDraft(id, attachmentId);
			}
			else {
				evidence.removeFromApplication(users.current(), loaded.draft().applicationId(), attachmentId);
			}
			redirect.addFlashAttribute("message", "已删除该材料。");
		}
		catch (EvidenceRefusedException e) {
			redirect.addFlashAttribute("uploadError", e.getMessage());
		}
		return "redirect:/portal/drafts/" + id + "#evidence";
	}

	@GetMapping("/drafts/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> draftFile(@PathVariable String id, @PathVariable long attachmentId) {
		Drafts.Loaded loaded = loaded(id);
		Evidence.Download download = loaded.draft().applicationId() == null ? evidence.downloadFromDraft(id, attachmentId)
				: evidence.download(users.current(), loaded.draft().applicationId(), attachmentId);
		return Downloads.inline(download);
	}

	// 我的申报

	@GetMapping("/applications")
	String applications(@RequestParam(defaultValue = "0") int page, Model model) {
		int size = 20;
		ApplicationQueries.Page found = applications.page(users.current(), null, Math.max(0, page), size);
		model.addAttribute("applications", found.items());
		model.addAttribute("total", found.total());
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("pages", (found.total() + size - 1) / size);
		return "portal/applications";
	}

	@GetMapping("/applications/{id}")
	String application(@PathVariable String id, Model model) {
		ApplicationRecord application = own(id);
		model.addAttribute("app", application);
		model.addAttribute("quote", QuoteRows.of(applications.assessment(application)));
		model.addAttribute("steps", timeline.of(history.of(id)));
		model.addAttribute("files", evidence.ofApplication(users.current(), id));
		model.addAttribute("itemNames", itemNames(applications.request(application)));
		model.addAttribute("returnReason", application.status() == ApplicationStatus.RETURNED ? history.returnReason(id) : null);
		return "portal/application";
	}

	@GetMapping("/applications/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> applicationFile(@PathVariable String id, @PathVariable long attachmentId) {
		own(id);
		return Downloads.inline(evidence.download(users.current(), id, attachmentId));
	}

	@PostMapping("/applications/{id}/correct")
	String correct(@PathVariable String id) {
		ApplicationRecord application = own(id);
		if (application.status() != ApplicationStatus.RETURNED) {
			return "redirect:/portal/applications/" + id;
		}
		return "redirect:/portal/drafts/" + drafts.correctionOf(users.current(), application);
	}

	@PostMapping("/applications/{id}/withdraw")
	String withdraw(@PathVariable String id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		ApplicationRecord application = own(id);
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			model.addAttribute("withdrawError", reason == null || reason.isBlank() ? "请说明撤回的原因" : "不得超过 2000 字");
			return application(id, model);
		}
		drafts.withdraw(users.current(), application.id(), reason.strip());
		redirect.addFlashAttribute("message", "申报已撤回。");
		return "redirect:/portal/applications/" + id;
	}

	@GetMapping("/notifications")
	String notifications(Model model) {
		String creditCode = users.current().creditCode().orElseThrow();
		model.addAttribute("notifications", notifications.of(creditCode, 100));
		notifications.markAllRead(creditCode);
		return "portal/notifications";
	}

	// helpers

	/** "添加事项" without JavaScript sends the type in its own field. */
	private static String withType(MultiValueMap<String, String> params) {
		String action = params.getFirst("action");
		return "add".equals(action) ? "add:" + params.getFirst("newType") : action;
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(EvidenceRefusedException.class)
	void evidenceRefused(EvidenceRefusedException e) {
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private QuoteRows act(String action, DraftForm form, Map<String, String> errors) {
		if (action != null && action.startsWith("add")) {
			form.add(action.startsWith("add:") ? action.substring(4) : null);
			return null;
		}
		if (action != null && action.startsWith("remove:")) {
			form.remove(index(action));
			return null;
		}
		if ("quote".equals(action)) {
			return quoteOrNull(form, errors);
		}
		return null;
	}

	/** The quote within the open call's period; field errors instead where the items are not complete. */
	private QuoteRows quoteOrNull(DraftForm form, Map<String, String> errors) {
		try {
			EnterpriseAccount account = drafts.account(users.current());
			var request = reader.read(form.request(account, plan));
			return QuoteRows.of(ledger.quote(request.claim(), calls.openToday().map(Call::period).orElse(null)));
		}
		catch (InvalidFieldsException e) {
			errors.putAll(fieldErrors(e));
			return null;
		}
	}

	private static Map<String, String> fieldErrors(InvalidFieldsException e) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (var error : e.errors()) {
			String field = error.field().equals("items") ? "items" : error.field();
			errors.merge(field, error.message(), (a, b) -> a + "；" + b);
		}
		return errors;
	}

	private String editor(Model model, DraftForm form, Map<String, String> errors, QuoteRows quote, String mode) {
		model.addAttribute("form", form);
		model.addAttribute("errors", FieldErrors.of(errors, form));
		if (mode.equals("check")) {
			model.addAttribute("formAction", "/portal/check");
		}
		model.addAttribute("quote", quote);
		model.addAttribute("mode", mode);
		model.addAttribute("types", JiangmenItemType.values());
		model.addAttribute("fields", ItemFields.BY_TYPE);
		model.addAttribute("plan", plan);
		return "portal/" + (mode.equals("check") ? "check" : "draft");
	}

	private String draftPage(Model model, Drafts.Loaded loaded, DraftForm form, Map<String, String> errors, QuoteRows quote) {
		String applicationId = loaded.draft().applicationId();
		model.addAttribute("draft", loaded.draft());
		model.addAttribute("formAction", "/portal/drafts/" + loaded.draft().id());
		List<Attachment> files = applicationId == null ? evidence.ofDraft(loaded.draft().id())
				: evidence.ofApplication(users.current(), applicationId);
		model.addAttribute("files", files);
		model.addAttribute("pledgeWording", Pledges.WORDING);
		if (applicationId != null) {
			model.addAttribute("returnReason", history.returnReason(applicationId));
		}
		return editor(model, form, errors, quote, applicationId == null ? "draft" : "correction");
	}

	/** A correction's files are the application's, by the item's index when it was returned. */
	private static Integer origin(Drafts.Loaded loaded, Integer index) {
		if (index == null || index < 0 || index >= loaded.form().origins.size()) {
			return null;
		}
		return loaded.form().origins.get(index);
	}

	private static List<String> itemNames(com.fasterxml.jackson.databind.JsonNode request) {
		List<String> names = new ArrayList<>();
		for (var item : request.path("items")) {
			names.add("第" + (names.size() + 1) + "项 " + ItemFields.label(item.path("type").asText()));
		}
		return names;
	}

	private Drafts.Loaded loaded(String id) {
		return drafts.find(users.current(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ApplicationRecord own(String id) {
		CurrentUser user = users.current();
		return applications.visible(user, id)
			.filter(a -> user.ownsEnterprise(a.creditCode()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static int index(String action) {
		try {
			return Integer.parseInt(action.substring(action.indexOf(':') + 1));
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(jakarta.servlet.http.HttpServletRequest request) {
		String path = request.getRequestURI();
		return "redirect:" + path.substring(0, path.lastIndexOf("/attachments")) + "?upload=too-large#evidence";
	}

}
