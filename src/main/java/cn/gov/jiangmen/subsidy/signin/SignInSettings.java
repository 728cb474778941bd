package cn.gov.jiangmen.subsidy.signin;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code app.sign-in.*}: how many failures are free and how long the waits grow, per address and
 * per account. The defaults let an office behind one address mistype a dozen times, and keep a
 * guesser to a few hundred tries an hour per address.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInSettings.Properties.class)
class SignInSettings {

	@ConfigurationProperties("app.sign-in")
	record Properties(Integer freeFailuresPerAddress, Integer freeFailuresPerAccount, Duration firstDelay,
			Duration longestDelayPerAddress, Duration longestDelayPerAccount, Duration forgetAfter) {

		Properties {
			freeFailuresPerAddress = freeFailuresPerAddress == null ? 10 : freeFailuresPerAddress;
			freeFailuresPerAccount = freeFailuresPerAccount == null ? 5 : freeFailuresPerAccount;
			firstDelay = firstDelay == null ? Duration.ofSeconds(1) : firstDelay;
			longestDelayPerAddress = longestDelayPerAddress == null ? Duration.ofMinutes(5) : longestDelayPerAddress;
			longestDelayPerAccount = longestDelayPerAccount == null ? Duration.ofMinutes(1) : longestDelayPerAccount;
			forgetAfter = forgetAfter == null ? Duration.ofMinutes(15) : forgetAfter;
		}

	}

	@Bean
	SignInThrottle signInThrottle(Properties properties) {
		return new SignInThrottle(new SignInThrottle.Settings(
				new SignInThrottle.Rule(properties.freeFailuresPerAddress(), properties.firstDelay(),
						properties.longestDelayPerAddress()),
				new SignInThrottle.Rule(properties.freeFailuresPerAccount(), properties.firstDelay(),
						properties.longestDelayPerAccount()),
				properties.forgetAfter()), SignInAudit.REAL_TIME);
	}

}
