package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.CountryGroup;
import cn.gov.jiangmen.subsidy.policy.ParameterKey;
import cn.gov.jiangmen.subsidy.policy.ParameterKind;
import cn.gov.jiangmen.subsidy.policy.PolicyData;
import cn.gov.jiangmen.subsidy.policy.PolicyDataLoader;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The keys the rules declare beside themselves are exactly the file's parameters, less the country
 * groups' maxima that the file names itself: nothing the rules read goes unchecked at load, and
 * nothing in the file is read by no rule.
 */
class DeclaredParametersTest {

	private static final PolicyData FILE = PolicyDataLoader.loadResource(Jiangmen2025Policy.RESOURCE);

	@Test
	void the_rules_declare_every_parameter_of_the_file_and_no_other() {
		Set<String> groupMaxima = FILE.countryGroups().stream().map(CountryGroup::perBoothMaxParameter)
			.collect(Collectors.toSet());
		Set<String> declared = JiangmenParameters.PARAMETERS.keySet();

		assertThat(declared).hasSize(22).doesNotContainAnyElementsOf(groupMaxima);
		assertThat(FILE.parameters().keySet()).containsExactlyInAnyOrderElementsOf(
				concat(declared, groupMaxima));
	}

	@Test
	void each_key_is_declared_with_the_kind_its_rule_reads() {
		assertThat(JiangmenParameters.PARAMETERS.get("booth.standard_area_sqm").kind()).isEqualTo(ParameterKind.AREA);
		assertThat(JiangmenParameters.PARAMETERS.get("canton_fair_award.first_session"))
			.isEqualTo(QualityRules.FIRST_SESSION);
		assertThat(JiangmenParameters.PARAMETERS.get("export_credit_insurance.max_top_up_rate"))
			.isEqualTo(RiskRules.INSURANCE_MAX_TOP_UP);
		assertThat(JiangmenParameters.PARAMETERS.values()).extracting(ParameterKey::kind)
			.containsOnly(ParameterKind.AREA, ParameterKind.MONEY, ParameterKind.COUNT, ParameterKind.RATE);
	}

	private static Set<String> concat(Set<String> a, Set<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
	}
}
