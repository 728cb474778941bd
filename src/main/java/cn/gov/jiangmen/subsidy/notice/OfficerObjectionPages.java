package cn.gov.jiangmen.subsidy.notice;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.jiangmen.subsidy.identity.CurrentUser;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/**
 * The city bureau's page of objections from the public: the incoming ones first, each to accept
 * for re-investigation or to set aside with a reason, then those handled, with who and when.
 */
@Controller
class OfficerObjectionPages {

	private final PublicObjections objections;
	private final CurrentUsers users;

	OfficerObjectionPages(PublicObjections objections, CurrentUsers users) {
		this.objections = objections;
		this.users = users;
	}

	@GetMapping("/officer/objections")
	String list(Model model) {
		cityOnly();
		List<PublicObjectionRepository.Row> all = objections.all();
		model.addAttribute("incoming", all.stream().filter(PublicObjectionRepository.Row::pending).toList());
		model.addAttribute("handled", all.stream().filter(row -> !row.pending()).toList());
		return "officer/objections";
	}

	@PostMapping("/officer/objections/{id}/accept")
	String accept(@PathVariable long id, RedirectAttributes redirect) {
		CurrentUser officer = cityOnly();
		try {
			objections.accept(id, officer);
			redirect.addFlashAttribute("done", "第 " + id + " 号异议已转入重新调查，由申报所在区商务主管部门在10个工作日内核查。");
		}
		catch (ObjectionDecisionException refused) {
			redirect.addFlashAttribute("refusal", "第 " + id + " 号异议：" + refused.getMessage());
		}
		return "redirect:/officer/objections";
	}

	@PostMapping("/officer/objections/{id}/set-aside")
	String setAside(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		CurrentUser officer = cityOnly();
		try {
			objections.setAside(id, reason, officer);
			redirect.addFlashAttribute("done", "第 " + id + " 号异议已记录为不予受理。");
		}
		catch (ObjectionDecisionException refused) {
			redirect.addFlashAttribute("refusal", "第 " + id + " 号异议：" + refused.getMessage());
		}
		return "redirect:/officer/objections";
	}

	/** CONTRACT: objections are the city commerce bureau's (and the admin's). */
	private CurrentUser cityOnly() {
		CurrentUser user = users.current();
		if (!(user.isCityCommerce() || user.isAdmin())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return user;
	}

}
