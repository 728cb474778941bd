package cn.gov.jiangmen.subsidy.signin;

/** Where a sign-in was tried: every door to the same engine accounts is throttled and audited alike. */
public enum Door {
	/** The app's own pages: the enterprise portal and the officers' pages. */
	PORTAL,
	/** Camunda's Tasklist, Cockpit and Admin sign-in. */
	WEBAPPS,
	/** HTTP Basic on /api and /engine-rest. */
	REST
}
