package cn.gov.jiangmen.subsidy.procedure;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationLifecycle;
import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/** 资金兑付: the district finance bureau's payment, with its reference and date, goes into the ledger. */
@Component
class RecordPaymentDelegate implements JavaDelegate {

	static final int MAX_REFERENCE = 64;

	private final ApplicationLifecycle lifecycle;
	private final CurrentUsers users;
	private final ApplicationOfProcess applications;

	RecordPaymentDelegate(ApplicationLifecycle lifecycle, CurrentUsers users, ApplicationOfProcess applications) {
		this.lifecycle = lifecycle;
		this.users = users;
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = (String) execution.getVariable(Vars.PAYMENT_REFERENCE);
		if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE) {
			throw new ProcessEngineException("请填写支付凭证号（不超过 " + MAX_REFERENCE + " 字）");
		}
		lifecycle.recordPayment(applications.of(execution), reference.strip(),
				paymentDate(execution.getVariable(Vars.PAYMENT_DATE)), users.current().id());
	}

	private static LocalDate paymentDate(Object value) {
		if (value instanceof java.util.Date date) {
			return date.toInstant().atZone(WorkingDays.ZONE).toLocalDate();
		}
		try {
			// A form's date field sends ISO YYYY-MM-DD; a datetime may carry a time after it.
			String text = String.valueOf(value).strip();
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException e) {
			throw new ProcessEngineException("支付日期格式应为 YYYY-MM-DD：" + value, e);
		}
	}

}
