package cn.gov.jiangmen.subsidy.call;

import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.jiangmen.subsidy.identity.CurrentUser;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/** 申报通知 on the officers' pages: every officer reads them; the city commerce bureau publishes and closes them. */
@Controller
@RequestMapping("/officer/calls")
class CallsPage {

	private final Calls calls;
	private final CurrentUsers users;

	CallsPage(Calls calls, CurrentUsers users) {
		this.calls = calls;
		this.users = users;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("call")) {
			model.addAttribute("call", new Calls.NewCall("", "", "", "", "", ""));
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("calls", calls.all());
		model.addAttribute("today", calls.today());
		model.addAttribute("mayPublish", mayPublish(users.current()));
		return "officer/calls";
	}

	@PostMapping
	String publish(@ModelAttribute("call") Calls.NewCall call, Model model, RedirectAttributes redirect) {
		CurrentUser user = requirePublisher();
		try {
			Call published = calls.publish(call, user.id());
			redirect.addFlashAttribute("message", "已发布申报通知“" + published.title() + "”");
			return "redirect:/officer/calls";
		}
		catch (InvalidCallException e) {
			model.addAttribute("errors", e.errors());
			return list(model);
		}
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		CurrentUser user = requirePublisher();
		Call call = calls.find(id).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
				org.springframework.http.HttpStatus.NOT_FOUND));
		calls.close(id, user.id());
		redirect.addFlashAttribute("message", "已结束申报通知“" + call.title() + "”，企业不能再据此提交新的申报");
		return "redirect:/officer/calls";
	}

	private CurrentUser requirePublisher() {
		CurrentUser user = users.current();
		if (!mayPublish(user)) {
			throw new AccessDeniedException("申报通知由市商务局发布");
		}
		return user;
	}

	private static boolean mayPublish(CurrentUser user) {
		return user.isCityCommerce() || user.isAdmin();
	}

}
