package cn.gov.jiangmen.subsidy.notification;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.gov.jiangmen.subsidy.identity.EnterpriseDirectory;

/**
 * E-mail to the enterprise's users (their address in the identity service) once a notification is
 * committed, where {@code app.notifications.email.enabled} is true and Spring Mail has an SMTP
 * server ({@code spring.mail.host}). A mail server that is down loses the e-mail, never the
 * notification in the portal.
 */
@Component
class EmailNotifier {

	private static final Logger log = LoggerFactory.getLogger(EmailNotifier.class);

	private final boolean enabled;
	private final String from;
	private final ObjectProvider<JavaMailSender> mail;
	private final EnterpriseDirectory enterprises;
	private final IdentityService identity;

	EmailNotifier(@Value("${app.notifications.email.enabled:false}") boolean enabled,
			@Value("${app.notifications.email.from:noreply@example.invalid}") String from,
			ObjectProvider<JavaMailSender> mail, EnterpriseDirectory enterprises, IdentityService identity) {
		this.enabled = enabled;
		this.from = from;
		this.mail = mail;
		this.enterprises = enterprises;
		this.identity = identity;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void send(Notifications.Created notification) {
		JavaMailSender sender = mail.getIfAvailable();
		if (!enabled || sender == null) {
			return;
		}
		List<String> to = enterprises.usersOf(notification.creditCode())
			.stream()
			.map(id -> identity.createUserQuery().userId(id).singleResult())
			.filter(Objects::nonNull)
			.map(User::getEmail)
			.filter(address -> address != null && !address.isBlank())
			.toList();
		if (to.isEmpty()) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to.toArray(String[]::new));
		message.setSubject("【江门市外贸扶持资金申报平台】" + notification.subject() + "（" + notification.applicationId() + "）");
		message.setText(notification.message() + "\n\n请登录申报平台查看详情。此邮件由系统发出，请勿回复。");
		try {
			sender.send(message);
		}
		catch (MailException e) {
			log.warn("Notification e-mail for {} not sent: {}", notification.applicationId(), e.getMessage());
		}
	}

}
