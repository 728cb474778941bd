package cn.gov.jiangmen.subsidy.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in session's life: kept alive from the idle warning, and ended on every device at once
 * (a clerk who signed in on a shared computer, an officer whose laptop was lost).
 */
@Controller
class SessionPages {

	private final SessionRegistry sessions;

	SessionPages(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	/** Any request to the app extends the session; this one does nothing else (the warning's "继续使用"). */
	@GetMapping("/session/keep-alive")
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/logout/everywhere")
	String signOutEverywhere(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		sessions.getAllSessions(authentication.getPrincipal(), false).forEach(session -> session.expireNow());
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/login?logout-everywhere";
	}

}
