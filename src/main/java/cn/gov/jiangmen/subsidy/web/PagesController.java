package cn.gov.jiangmen.subsidy.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.gov.jiangmen.subsidy.identity.EnterpriseDirectory;

/** The officers' home behind the sign-in; the enterprise's portal is the {@code portal} package's. */
@Controller
class PagesController {

	private final EnterpriseDirectory enterprises;

	PagesController(EnterpriseDirectory enterprises) {
		this.enterprises = enterprises;
	}

	@GetMapping("/officer")
	String officer() {
		return "officer/home";
	}

}
