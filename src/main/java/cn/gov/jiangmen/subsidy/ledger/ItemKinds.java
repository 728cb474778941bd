package cn.gov.jiangmen.subsidy.ledger;

import cn.gov.jiangmen.subsidy.policy.ItemKind;
import cn.gov.jiangmen.subsidy.policy.jiangmen.JiangmenItemType;
import cn.gov.jiangmen.subsidy.policy.jiangmen.Jiangmen2025Policy;
import cn.gov.jiangmen.subsidy.policy.yueqing.YueqingDraft2022Policy;
import cn.gov.jiangmen.subsidy.policy.yueqing.YueqingItemType;
import java.util.List;
import java.util.Map;

/** The item kinds of every pack, so that a stored row can be read back from its policy id and code. */
public final class ItemKinds {

	private static final Map<String, List<? extends ItemKind>> BY_POLICY = Map.of(
			Jiangmen2025Policy.ID, List.of(JiangmenItemType.values()),
			YueqingDraft2022Policy.ID, List.of(YueqingItemType.values()));

	private ItemKinds() {
	}

	/** @throws IllegalArgumentException for a policy or code no pack knows: a stored row is never guessed at */
	public static ItemKind of(String policyId, String code) {
		List<? extends ItemKind> kinds = BY_POLICY.get(policyId);
		if (kinds == null) {
			throw new IllegalArgumentException("no policy pack " + policyId);
		}
		return kinds.stream().filter(kind -> kind.code().equals(code)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("policy " + policyId + " has no item kind " + code));
	}
}
