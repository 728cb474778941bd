package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * 第九条: booths are counted as standard booths of 9 m², per enterprise and per project. Standard
 * booths count up to their limit; a special booth counts one booth per full 9 m², up to the
 * larger limit, which is also the most a project gets in all. Earlier items of the same project
 * (in this request or in earlier applications) have taken their share first: what they left goes
 * to this item, and when they left nothing it is refused.
 */
public final class BoothCount {

	/** 第九条 "标准展位（9平方米/个）": the area of one standard booth, by which a special booth is counted. */
	public static final ParameterKey STANDARD_AREA = ParameterKey.area("booth.standard_area_sqm");

	private BoothCount() {
	}

	/** The booths an item asked for (special ones counted in standard booths) and those counted for it. */
	public record Counted(int wanted, int counted) {

		/** Earlier items of the project left nothing to an item that asked for booths. */
		public boolean usedUp() {
			return wanted > 0 && counted == 0;
		}

		/** A refusal when earlier items left nothing, under the article of the item's booth limit. */
		public Optional<Refusal> refusedWhenUsedUp(WorkingSheet c, String article) {
			return usedUp() ? Optional.of(c.refuse(ReasonCode.EXHIBITION_BOOTHS_USED, article)) : Optional.empty();
		}
	}

	/** An exhibition abroad or in Hong Kong, Macao or Taiwan (第九条第（一）项第1目、第2目). */
	public static Counted of(Booths booths, WorkingSheet c, ParameterKey maxStandardParameter,
			ParameterKey maxSpecialParameter, List<HeldBooths> held) {
		int maxStandard = c.count(maxStandardParameter);
		int maxAll = c.count(maxSpecialParameter);
		int heldAll = sum(held, null);
		int heldStandard = sum(held, BoothKind.STANDARD);
		int wanted;
		int counted;
		if (booths.kind() == BoothKind.STANDARD) {
			wanted = booths.count();
			if (held.isEmpty()) {
				counted = Math.min(wanted, maxStandard);
				c.step("标准展位 min(" + wanted + ", " + maxStandard + ") = " + counted + " 个");
			}
			else {
				counted = Math.max(0, Math.min(wanted, Math.min(maxStandard - heldStandard, maxAll - heldAll)));
				c.step("标准展位 min(" + wanted + ", " + maxStandard + " − " + heldStandard + ", " + maxAll + " − "
						+ heldAll + ") = " + counted + " 个");
			}
		}
		else {
			BigDecimal area = c.param(STANDARD_AREA);
			wanted = booths.areaSqm().divide(area, 0, RoundingMode.DOWN).intValueExact();
			String floor = "floor(" + booths.areaSqm().toPlainString() + " m² ÷ " + area.toPlainString() + " m²)";
			if (held.isEmpty()) {
				counted = Math.min(wanted, maxAll);
				c.step("特装展位 min(" + floor + ", " + maxAll + ") = " + counted + " 个");
			}
			else {
				counted = Math.max(0, Math.min(wanted, maxAll - heldAll));
				c.step("特装展位 min(" + floor + ", " + maxAll + " − " + heldAll + ") = " + counted + " 个");
			}
			if (wanted == 0) {
				c.step("特装面积不足一个标准展位（" + area.toPlainString() + " m²），折算 0 个展位，支持金额为 0.00");
			}
		}
		return new Counted(wanted, counted);
	}

	/** A professional fair at home (第九条第（二）项): one limit for every booth of the project. */
	public static Counted domestic(int booths, WorkingSheet c, ParameterKey maxParameter, List<HeldBooths> held) {
		int max = c.count(maxParameter);
		int counted;
		if (held.isEmpty()) {
			counted = Math.min(booths, max);
			c.step("展位 min(" + booths + ", " + max + ") = " + counted + " 个");
		}
		else {
			int heldAll = sum(held, null);
			counted = Math.max(0, Math.min(booths, max - heldAll));
			c.step("展位 min(" + booths + ", " + max + " − " + heldAll + ") = " + counted + " 个");
		}
		return new Counted(booths, counted);
	}

	/** The earlier holders of the project's booths, named in the trace. */
	public static void showHeld(WorkingSheet c, ExhibitionProject project, List<HeldBooths> held) {
		if (held.isEmpty()) {
			return;
		}
		List<String> holders = held.stream()
			.map(h -> h.holder() + " " + h.use().booths() + " 个" + (h.use().kind() == BoothKind.SPECIAL ? "（特装）" : ""))
			.toList();
		c.step("展会项目 " + project.describe() + " 已获支持 " + sum(held, null) + " 个展位：" + String.join("、", holders));
	}

	/** Same host and first day, another name: counted apart, shown so that an officer can check it is not one fair. */
	public static void showNamesakes(WorkingSheet c, List<HeldBooths> others) {
		if (others.isEmpty()) {
			return;
		}
		c.step("请核实：同一举办地、同一开幕日另有展会 " + String.join("、", others.stream()
			.map(h -> h.use().project().describe() + "（" + h.holder() + " " + h.use().booths() + " 个展位）")
			.toList()) + "，名称不同，按不同项目计");
	}

	private static int sum(List<HeldBooths> held, BoothKind kind) {
		return held.stream()
			.filter(h -> kind == null || h.use().kind() == kind)
			.mapToInt(h -> h.use().booths())
			.sum();
	}
}
