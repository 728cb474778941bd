package cn.gov.jiangmen.subsidy.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** The session's idle time for the page's warning before it ends (layout, session-timeout.js). */
@ControllerAdvice
class SessionIdleTime {

	@ModelAttribute("sessionIdleSeconds")
	Integer sessionIdleSeconds(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : session.getMaxInactiveInterval();
	}

}
