package cn.gov.jiangmen.subsidy.api;

import java.io.InputStream;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.jiangmen.subsidy.application.Quotes;
import cn.gov.jiangmen.subsidy.claim.AssessmentView;
import cn.gov.jiangmen.subsidy.claim.ClaimRequestReader;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/** {@code POST /api/quotes}: what a request would be granted now; nothing is stored. */
@RestController
class QuoteController {

	private final ClaimRequestReader reader;
	private final Quotes quotes;
	private final CurrentUsers users;

	QuoteController(ClaimRequestReader reader, Quotes quotes, CurrentUsers users) {
		this.reader = reader;
		this.quotes = quotes;
		this.users = users;
	}

	/** The raw body, so that its size is limited before it is parsed. */
	@PostMapping("/api/quotes")
	AssessmentView quote(InputStream body) {
		return AssessmentView.of(quotes.quote(reader.read(body), users.current()));
	}
}
