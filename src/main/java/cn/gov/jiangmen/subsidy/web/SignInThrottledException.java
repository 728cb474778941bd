package cn.gov.jiangmen.subsidy.web;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was checked: too many failures; the message says how long to wait. */
class SignInThrottledException extends AuthenticationException {

	SignInThrottledException(String message) {
		super(message);
	}

}
