package cn.gov.jiangmen.subsidy.web;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Sign-in, sessions and CSRF for the app's own pages: the enterprise portal, the officers' pages
 * and the public notices. Camunda's webapps ({@code /camunda/**}) and the two REST surfaces
 * ({@code /api/**}, {@code /engine-rest/**}) keep their own authentication, so this chain does not
 * match them at all.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurityConfiguration {

	/** Pages anybody may open: the sign-in page, the public notices (第十四条 公示) and the assets. */
	static final String[] PUBLIC_PAGES = { "/login", "/notices", "/notices/**", "/css/**", "/js/**", "/img/**",
			"/webjars/**", "/favicon.ico", "/error" };

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when the container ends a session (idle time, sign-out). */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	SecurityFilterChain ownPages(HttpSecurity http, EngineSignIn signIn, IdentityService identity,
			SessionRegistry sessions, cn.gov.jiangmen.subsidy.security.CurrentUsers users)
			throws Exception {
		http.securityMatcher("/", "/login", "/logout", "/logout/everywhere", "/session/**", "/portal/**", "/officer/**", "/notices", "/notices/**",
				"/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error")
			// Its own manager without a parent: Spring Boot also puts the one provider bean in the global
			// manager, which would check (and count) every failed password twice.
			.authenticationManager(new ProviderManager(signIn))
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
				.permitAll()
				// "/" is the sign-in page for a visitor and the portal's home for a signed-in user.
				.requestMatchers("/")
				.permitAll()
				.requestMatchers("/portal/**")
				.hasRole(SignedInUser.ENTERPRISE)
				.requestMatchers("/officer/**")
				.hasRole(SignedInUser.OFFICER)
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?error"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.addFilterBefore(new TasklistSession(identity, users), AnonymousAuthenticationFilter.class)
			// Unlimited sessions per user, but known, so that "sign out everywhere" can end them all.
			.sessionManagement(session -> session.maximumSessions(-1)
				.sessionRegistry(sessions)
				.expiredUrl("/login?expired"))
			.addFilterAfter(new EngineIdentityFilter(identity), AnonymousAuthenticationFilter.class);
		return http.build();
	}

}
