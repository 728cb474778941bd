package cn.gov.jiangmen.subsidy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A rule answers a grant or a refusal; a refusal lists every reason found, each once, in the order found. */
class OutcomeTest {

	private static final Grant HUNDRED = Grant.of(new BigDecimal("100.00"));

	@Test
	void a_refusal_has_at_least_one_reason() {
		assertThatThrownBy(() -> new Refusal(List.of())).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void a_refusal_lists_each_reason_once_in_the_order_found() {
		Refusal refusal = Refusal.of(ReasonCode.NOT_YET_PAID)
			.and(new Refusal(List.of(ReasonCode.NO_TRADE_RECORD, ReasonCode.NOT_YET_PAID)));

		assertThat(refusal.reasons()).containsExactly(ReasonCode.NOT_YET_PAID, ReasonCode.NO_TRADE_RECORD);
	}

	@Test
	void checks_that_found_nothing_refuse_nothing() {
		assertThat(Refusal.all(Optional.empty(), Optional.empty())).isEmpty();
		assertThat(Refusal.all()).isEmpty();
	}

	@Test
	void what_several_checks_found_is_one_refusal_with_all_their_reasons() {
		Optional<Refusal> found = Refusal.all(Optional.of(Refusal.of(ReasonCode.NOT_IN_KEY_EXHIBITION_PLAN)),
				Optional.empty(), Optional.of(new Refusal(
						List.of(ReasonCode.EXCEEDS_ACTUAL_EXPENDITURE, ReasonCode.FULLY_SUBSIDISED))));

		assertThat(found).map(Refusal::reasons)
			.contains(List.of(ReasonCode.NOT_IN_KEY_EXHIBITION_PLAN, ReasonCode.EXCEEDS_ACTUAL_EXPENDITURE,
					ReasonCode.FULLY_SUBSIDISED));
	}

	@Test
	void a_grant_goes_on_to_the_next_step_and_a_refusal_stops_there() {
		Outcome capped = HUNDRED.andThen(grant -> grant.limitedTo(new BigDecimal("60.00")));
		Outcome refused = Refusal.of(ReasonCode.ANNUAL_CAP_REACHED).andThen(grant -> {
			throw new AssertionError("no step runs after a refusal");
		});

		assertThat(capped).isEqualTo(new Grant(new BigDecimal("60.00"), new BigDecimal("0.00")));
		assertThat(refused).isEqualTo(Refusal.of(ReasonCode.ANNUAL_CAP_REACHED));
	}

	@Test
	void a_step_may_refuse_a_grant() {
		Outcome refused = HUNDRED.andThen(grant -> Refusal.of(ReasonCode.ANNUAL_CAP_REACHED));

		assertThat(refused).isInstanceOf(Refusal.class);
	}

	@Test
	void folding_answers_by_what_was_decided() {
		assertThat(HUNDRED.<String>fold(refusal -> "refused", grant -> "granted " + grant.total()))
			.isEqualTo("granted 100.00");
		assertThat(Refusal.of(ReasonCode.CONSUMER_FAIR).<String>fold(refusal -> "refused " + refusal.reasons(),
				grant -> "granted")).isEqualTo("refused [CONSUMER_FAIR]");
	}
}
