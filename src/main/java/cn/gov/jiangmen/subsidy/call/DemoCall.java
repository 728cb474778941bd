package cn.gov.jiangmen.subsidy.call;

import java.time.LocalDate;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * CONTRACT.md's demo call: open until 2027-06-30 for expenses of the whole policy period
 * (2024-01-01 .. 2026-12-31, 第十二条), from the day the rules took effect. Only with demo data.
 */
@Component
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true", matchIfMissing = true)
class DemoCall {

	private final Calls calls;

	DemoCall(Calls calls) {
		this.calls = calls;
	}

	@EventListener
	@Order(30)
	void publish(ApplicationReadyEvent event) {
		calls.publishDemoCallIfNone("2024—2026年度江门市外贸高质量创新发展专项资金申报通知", "江商务贸函〔2025〕1号（演示）",
				LocalDate.of(2025, 8, 1), LocalDate.of(2027, 6, 30), LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
	}

}
