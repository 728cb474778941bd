package cn.gov.jiangmen.subsidy.call;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/calls}: every call, newest first, and whether it is open today (any signed-in user). */
@RestController
class CallController {

	private final Calls calls;

	CallController(Calls calls) {
		this.calls = calls;
	}

	record CallView(long id, String title, String documentNo, LocalDate opensOn, LocalDate closesOn,
			LocalDate periodFrom, LocalDate periodTo, boolean open) {
	}

	@GetMapping("/api/calls")
	List<CallView> list() {
		LocalDate today = calls.today();
		return calls.all()
			.stream()
			.map(c -> new CallView(c.id(), c.title(), c.documentNo(), c.opensOn(), c.closesOn(), c.periodFrom(),
					c.periodTo(), c.isOpenOn(today)))
			.toList();
	}

}
