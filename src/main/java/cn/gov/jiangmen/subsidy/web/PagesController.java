package cn.gov.jiangmen.subsidy.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.gov.jiangmen.subsidy.identity.EnterpriseDirectory;

/** The two homes behind the sign-in: the enterprise's portal and the officers' pages. */
@Controller
class PagesController {

	private final EnterpriseDirectory enterprises;

	PagesController(EnterpriseDirectory enterprises) {
		this.enterprises = enterprises;
	}

	@GetMapping("/portal")
	String portal(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("account", enterprises.accountOf(user.id()).orElseThrow());
		return "portal/home";
	}

	@GetMapping("/officer")
	String officer() {
		return "officer/home";
	}

}
