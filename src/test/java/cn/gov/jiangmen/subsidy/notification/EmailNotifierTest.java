package cn.gov.jiangmen.subsidy.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import cn.gov.jiangmen.subsidy.identity.EnterpriseDirectory;

/** E-mail goes to the enterprise's users through a real SMTP server (GreenMail, in this JVM), and only when switched on. */
class EmailNotifierTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static final Notifications.Created RETURNED = new Notifications.Created("91440703MA4U000013", "JM-2026-000001",
			"申报被退回补正", "申报 JM-2026-000001 被区商务主管部门退回补正。退回原因：请补充展位确认函。");

	EmailNotifier notifier(boolean enabled) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(smtp.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", sender);
		EnterpriseDirectory enterprises = mock(EnterpriseDirectory.class);
		when(enterprises.usersOf("91440703MA4U000013")).thenReturn(List.of("enterprise-demo"));
		IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
		User user = mock(User.class);
		when(user.getEmail()).thenReturn("clerk@demo.example");
		when(identity.createUserQuery().userId("enterprise-demo").singleResult()).thenReturn(user);
		return new EmailNotifier(enabled, "noreply@jiangmen.example", beans.getBeanProvider(JavaMailSender.class),
				enterprises, identity);
	}

	@Test
	void a_notification_reaches_the_enterprise_s_users_by_e_mail_in_chinese() throws Exception {
		notifier(true).send(RETURNED);
		var received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("clerk@demo.example");
		assertThat(received[0].getSubject()).isEqualTo("【江门市外贸扶持资金申报平台】申报被退回补正（JM-2026-000001）");
		assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
	}

	@Test
	void nothing_is_sent_while_e_mail_is_off() {
		notifier(false).send(RETURNED);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

}
