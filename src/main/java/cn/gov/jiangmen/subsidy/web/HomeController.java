package cn.gov.jiangmen.subsidy.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpSession;

import cn.gov.jiangmen.subsidy.security.CurrentUser;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/**
 * The root of the site: the sign-in page for a visitor, the enterprise's portal for an enterprise
 * user, the officers' home for an officer (CONTRACT "Web pages").
 */
@Controller
class HomeController {

	private final CurrentUsers users;

	HomeController(CurrentUsers users) {
		this.users = users;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser signedIn, HttpSession session, Model model) {
		if (signedIn == null) {
			return login(null, null, null, null, session, model);
		}
		CurrentUser user = users.of(signedIn.id(), signedIn.groups());
		if (user.isEnterprise()) {
			return "redirect:/portal";
		}
		return "redirect:/officer";
	}

	/** After a refused sign-in the page says why (the reason Spring Security keeps in the session). */
	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			@RequestParam(required = false) String expired,
			@RequestParam(name = "logout-everywhere", required = false) String loggedOutEverywhere, HttpSession session,
			Model model) {
		if (error != null) {
			Object refusal = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			model.addAttribute("signInError",
					refusal instanceof AuthenticationException e && e.getMessage() != null ? e.getMessage()
							: EngineSignIn.BAD_CREDENTIALS);
		}
		model.addAttribute("signedOut", logout != null);
		model.addAttribute("signedOutEverywhere", loggedOutEverywhere != null);
		model.addAttribute("sessionEnded", expired != null);
		return "login";
	}

}
