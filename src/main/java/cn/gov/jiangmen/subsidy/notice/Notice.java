package cn.gov.jiangmen.subsidy.notice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.policy.District;

/**
 * A public notice (公示) of approved applications, as published: 第十四条 "拟定和公示经批准的项目计划，
 * 公示时间不少于5个工作日". Its period runs from {@code firstDay} to the end of {@code lastDay}, China
 * time; objections are taken from publication until then.
 */
public record Notice(String id, String batchId, String title, String documentNo, LocalDate publishedOn,
		OffsetDateTime publishedAt, String publishedBy, LocalDate firstDay, LocalDate lastDay, int workingDays,
		String objectionContact, BigDecimal total, List<Entry> entries) {

	public record Entry(String applicationId, int position, String enterpriseName, String creditCode, String district,
			BigDecimal total, List<Item> items) {

		public String districtName() {
			return District.valueOf(district).label();
		}
	}

	/** An approved item: its kind by name, the amount and the shares of city and district. */
	public record Item(int index, String typeCode, String typeName, BigDecimal amount, BigDecimal cityAmount,
			BigDecimal districtAmount, String articles) {
	}

	/** The moment the period is over: midnight after its last day, China time. */
	public Instant endsAt() {
		return lastDay.plusDays(1).atStartOfDay(WorkingDays.ZONE).toInstant();
	}

	public boolean runsAt(Instant moment) {
		return moment.isBefore(endsAt());
	}

	public int itemCount() {
		return entries.stream().mapToInt(e -> e.items().size()).sum();
	}

	public Entry entry(String applicationId) {
		return entries.stream().filter(e -> e.applicationId().equals(applicationId)).findFirst().orElse(null);
	}

}
