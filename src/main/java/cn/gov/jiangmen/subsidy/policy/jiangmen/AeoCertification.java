package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.AeoLevel;
import cn.gov.jiangmen.subsidy.policy.ValueChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** 海关AEO高级认证, 第十一条第（一）项. */
public record AeoCertification(LocalDate certifiedDate, AeoLevel level, boolean firstCertification,
		BigDecimal requestedAmount) implements JiangmenItem {

	public AeoCertification {
		Objects.requireNonNull(certifiedDate, "certifiedDate");
		Objects.requireNonNull(level, "level");
		ValueChecks.optionalMoney(requestedAmount, "requestedAmount");
	}

	@Override
	public <R> R accept(Rules<R> rules) {
		return rules.aeoCertification(this);
	}

	@Override
	public JiangmenItemType type() {
		return JiangmenItemType.AEO_CERTIFICATION;
	}

	@Override
	public LocalDate date() {
		return certifiedDate;
	}
}
