package cn.gov.jiangmen.subsidy.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/**
 * The statistics as officers look at them (page with charts and the table beside each) and as
 * CONTRACT gives them to an integrator ({@code GET /api/reports/statistics?year=}). A district
 * officer gets its own district, city officers and the admin every district.
 */
@Controller
class StatisticsPages {

	private final Statistics statistics;
	private final CurrentUsers users;
	private final Clock clock;

	StatisticsPages(Statistics statistics, CurrentUsers users, Clock clock) {
		this.statistics = statistics;
		this.users = users;
		this.clock = clock;
	}

	@GetMapping("/officer/statistics")
	String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String call,
			Model model) {
		ReportScope scope = ReportScope.of(users.current());
		int thisYear = LocalDate.ofInstant(clock.instant(), WorkingDays.ZONE).getYear();
		int chosen = year == null ? thisYear : checked(year);
		List<Statistics.Call> calls = statistics.calls();
		Statistics.Report report = statistics.of(chosen, scope, chosenCall(call, calls));
		model.addAttribute("report", report);
		model.addAttribute("calls", calls);
		model.addAttribute("years", List.of(thisYear, thisYear - 1, thisYear - 2));
		model.addAttribute("chart", chartData(report));
		return "officer/statistics";
	}

	@GetMapping("/api/reports/statistics")
	@ResponseBody
	Map<String, Object> api(@RequestParam int year, @RequestParam(required = false) String call) {
		ReportScope scope = ReportScope.of(users.current());
		Statistics.Report report = statistics.of(checked(year), scope, chosenCall(call, statistics.calls()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("year", report.year());
		if (report.call() != null) {
			body.put("call", Map.of("id", report.call().id(), "title", report.call().title(), "documentNo",
					report.call().documentNo()));
		}
		body.put("rows", report.rows()
			.stream()
			.map(row -> Map.of("district", row.district(), "type", row.type(), "status", row.status(), "count",
					row.count(), "amount", money(row.amount())))
			.toList());
		body.put("totals", Map.of("count", report.totals().count(), "amount", money(report.totals().amount())));
		return body;
	}

	private static int checked(int year) {
		if (year < 2000 || year > 2100) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "申报年度须为 2000 至 2100 之间的四位数字");
		}
		return year;
	}

	/** The call the figures are narrowed to: null for every call (blank), else one of {@code calls}. */
	private static Statistics.Call chosenCall(String call, List<Statistics.Call> calls) {
		if (call == null || call.isBlank()) {
			return null;
		}
		try {
			long id = Long.parseLong(call.strip());
			for (Statistics.Call known : calls) {
				if (known.id() == id) {
					return known;
				}
			}
		}
		catch (NumberFormatException e) {
			// answered below like an unknown call
		}
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "没有编号为 " + call + " 的申报通知");
	}

	/** Amounts as strings with two decimals, as everywhere in CONTRACT. */
	private static String money(BigDecimal amount) {
		return amount.setScale(2).toPlainString();
	}

	/** What the page's charts draw: plain numbers in yuan, labels in Chinese. */
	private static Map<String, Object> chartData(Statistics.Report report) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("stages", List.of("申报", "核定", "编入预算", "已下达", "已兑付", "已追回"));
		data.put("districts", report.byDistrict().stream().map(Statistics.Labelled::label).toList());
		data.put("districtSeries", List.of(
				report.byDistrict().stream().map(d -> d.stages().applied()).toList(),
				report.byDistrict().stream().map(d -> d.stages().approved()).toList(),
				report.byDistrict().stream().map(d -> d.stages().budgeted()).toList(),
				report.byDistrict().stream().map(d -> d.stages().released()).toList(),
				report.byDistrict().stream().map(d -> d.stages().paid()).toList(),
				report.byDistrict().stream().map(d -> d.stages().recovered()).toList()));
		data.put("types", report.byType()
			.stream()
			.map(t -> Map.of("name", t.typeName(), "value", t.stages().approved()))
			.toList());
		data.put("statuses", report.byStatus().stream().map(Statistics.StatusLine::label).toList());
		data.put("statusCounts", report.byStatus().stream().map(Statistics.StatusLine::applications).toList());
		return data;
	}

}
