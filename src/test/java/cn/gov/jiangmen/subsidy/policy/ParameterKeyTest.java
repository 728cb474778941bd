package cn.gov.jiangmen.subsidy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A rule declares the keys it reads as constants; a pack collects them and checks its file against them. */
class ParameterKeyTest {

	static final class SomeRule {
		static final ParameterKey RATE = ParameterKey.rate("credit_service.rate");
		private static final ParameterKey CAP = ParameterKey.money("credit_service.annual_cap");
		static final String NOT_A_KEY = "credit_service.other";
		final ParameterKey notStatic = ParameterKey.money("credit_service.instance");
	}

	static final class SameNameOtherKind {
		static final ParameterKey RATE = ParameterKey.money("credit_service.rate");
	}

	static final class MissingFromTheFile {
		static final ParameterKey RENAMED = ParameterKey.rate("credit_service.renamed");
	}

	static final class WrongKind {
		static final ParameterKey RATE_AS_COUNT = ParameterKey.count("credit_service.rate");
	}

	@Test
	void the_keys_are_the_static_constants_of_the_rule_classes_in_their_order() {
		assertThat(ParameterKey.declaredIn(SomeRule.class, FirstAdvancedAeo.class).values()).containsExactly(
				SomeRule.RATE, SomeRule.CAP, FirstAdvancedAeo.AMOUNT);
	}

	@Test
	void one_name_declared_with_two_kinds_is_a_programming_error() {
		assertThatThrownBy(() -> ParameterKey.declaredIn(SomeRule.class, SameNameOtherKind.class))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("credit_service.rate is declared both as RATE and as MONEY");
	}

	@Test
	void a_file_without_a_declared_key_or_with_a_value_of_another_kind_is_refused() throws IOException {
		PolicyData jiangmen = jiangmenFile();

		ParameterKey.check(jiangmen, ParameterKey.declaredIn(SomeRule.class).values());
		assertThatThrownBy(() -> ParameterKey.check(jiangmen, ParameterKey.declaredIn(MissingFromTheFile.class).values()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("has no parameter credit_service.renamed");
		assertThatThrownBy(() -> ParameterKey.check(jiangmen, List.of(WrongKind.RATE_AS_COUNT)))
			.isInstanceOf(PolicyDataException.class)
			.hasMessageContaining("参数 credit_service.rate")
			.hasMessageContaining("应为不小于 1 的整数");
	}

	private static PolicyData jiangmenFile() throws IOException {
		try (InputStream in = ParameterKeyTest.class.getResourceAsStream("/policy/jiangmen-2025.yaml")) {
			return PolicyDataLoader.load(new ByteArrayInputStream(in.readAllBytes()));
		}
	}

	@Test
	void a_key_is_a_name_with_a_kind() {
		assertThat(ParameterKey.area("booth.standard_area_sqm").kind()).isEqualTo(ParameterKind.AREA);
		assertThatThrownBy(() -> ParameterKey.money(" ")).isInstanceOf(IllegalArgumentException.class);
	}
}
