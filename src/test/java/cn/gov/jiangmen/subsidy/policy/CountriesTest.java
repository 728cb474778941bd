package cn.gov.jiangmen.subsidy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {

	@Test
	void a_country_is_named_in_chinese_and_hong_kong_macao_taiwan_as_the_policy_names_them() {
		assertThat(Countries.name("BR")).isEqualTo("巴西");
		assertThat(Countries.name("DE")).isEqualTo("德国");
		assertThat(Countries.name("HK")).isEqualTo("香港");
		assertThat(Countries.name("TW")).isEqualTo("台湾");
	}

	@Test
	void a_trace_names_the_host_country_and_the_destination_in_words() {
		assertThat(Countries.inWords("举办地 CL：共建“一带一路”国家和地区 15000.00、美洲（不含美国、加拿大） 20000.00，取最高"))
			.isEqualTo("举办地 智利：共建“一带一路”国家和地区 15000.00、美洲（不含美国、加拿大） 20000.00，取最高");
		assertThat(Countries.inWords("非重点展会，举办地 JP 属RCEP其他成员国；产品输入国 US"))
			.isEqualTo("非重点展会，举办地 日本 属RCEP其他成员国；产品输入国 美国");
		assertThat(Countries.inWords("标准展位 min(2, 2) = 2 个")).isEqualTo("标准展位 min(2, 2) = 2 个");
	}

	@Test
	void the_choice_lists_hold_no_place_in_china_abroad() {
		assertThat(Countries.ABROAD).containsEntry("BR", "巴西").doesNotContainKeys("CN", "HK", "MO", "TW");
		assertThat(Countries.HKMT).containsOnlyKeys("HK", "MO", "TW");
	}

}
