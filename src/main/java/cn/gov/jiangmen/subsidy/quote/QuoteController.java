package cn.gov.jiangmen.subsidy.quote;

import java.io.InputStream;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.jiangmen.subsidy.ledger.Ledger;

/** {@code POST /api/quotes}: what a request would be granted now; nothing is stored. */
@RestController
class QuoteController {

	private final ClaimRequestReader reader;
	private final Ledger ledger;

	QuoteController(ClaimRequestReader reader, Ledger ledger) {
		this.reader = reader;
		this.ledger = ledger;
	}

	/** The raw body, so that its size is limited before it is parsed. */
	@PostMapping("/api/quotes")
	AssessmentView quote(InputStream body) {
		return AssessmentView.of(ledger.quote(reader.read(body)));
	}
}
