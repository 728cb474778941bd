package cn.gov.jiangmen.subsidy.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.report.ListRepository.BatchRow;
import cn.gov.jiangmen.subsidy.report.ListRepository.ItemLine;
import cn.gov.jiangmen.subsidy.report.XlsxTable.Column;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/**
 * The lists the bureaus hand out, as .xlsx (第十四条): a batch's list (拟下达项目计划表, 公示名单,
 * 预算编制清单, 资金下达清单), a district's payout list of a funds release (with payment references
 * and dates), and the ledger of a year. Linked from the batch task forms in Tasklist and from the
 * officers' page of lists. A district officer gets the rows of its own district only.
 */
@Controller
class OfficerLists {

	private final ListRepository lists;
	private final CurrentUsers users;
	private final Clock clock;

	OfficerLists(ListRepository lists, CurrentUsers users, Clock clock) {
		this.lists = lists;
		this.users = users;
		this.clock = clock;
	}

	@GetMapping("/officer/lists")
	@Transactional(readOnly = true)
	String page(Model model) {
		ReportScope scope = ReportScope.of(users.current());
		List<BatchRow> visible = lists.batches()
			.stream()
			.filter(b -> "CITY".equals(b.scope()) || scope.covers(b.scope()))
			.toList();
		int year = LocalDate.ofInstant(clock.instant(), WorkingDays.ZONE).getYear();
		model.addAttribute("batches", visible);
		model.addAttribute("scopeLabel", scope.label());
		model.addAttribute("payoutDistricts", visible.stream()
			.filter(b -> "FUNDS_RELEASE".equals(b.kind()))
			.collect(java.util.stream.Collectors.toMap(BatchRow::id,
					b -> lists.districtsOfBatch(b.id()).stream().filter(scope::covers).toList())));
		model.addAttribute("years", List.of(year, year - 1, year - 2));
		model.addAttribute("names", new Labels());
		return "officer/lists";
	}

	@GetMapping("/officer/lists/batches/{batchId}.xlsx")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> batch(@PathVariable String batchId) {
		ReportScope scope = ReportScope.of(users.current());
		BatchRow batch = lists.batch(batchId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!"CITY".equals(batch.scope()) && !scope.covers(batch.scope())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<ItemLine> items = lists.itemsOfBatch(batchId, scope.districts());
		String name = Names.batchKind(batch.kind());
		String title = ("CITY".equals(batch.scope()) ? "江门市" : Names.district(batch.scope())) + "外贸扶持资金" + name;
		List<String> notes = new ArrayList<>();
		notes.add("批次：" + batch.id() + "　状态：" + Names.batchStatus(batch.status())
				+ (batch.closedBy() == null ? "" : "　办理人：" + batch.closedBy()));
		if (!scope.all()) {
			notes.add("范围：" + scope.label() + "（仅本区申报）");
		}
		XlsxTable table = new XlsxTable(name, title, notes, itemColumns(List.of()));
		addItems(table, items, false);
		return xlsx(table, batch.id() + " " + name + ".xlsx");
	}

	/**
	 * The payout list of a district in a funds release: by a release batch and a district, or by an
	 * application (its release batch and its district), as the 资金兑付 form links it.
	 */
	@GetMapping("/officer/lists/payouts.xlsx")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> payouts(@RequestParam(required = false) String application,
			@RequestParam(required = false) String batch, @RequestParam(required = false) String district) {
		ReportScope scope = ReportScope.of(users.current());
		String releaseBatch = batch;
		String ofDistrict = district;
		if (application != null) {
			ofDistrict = lists.districtOf(application).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			releaseBatch = lists.releaseBatchOf(application)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "该申报尚未下达资金"));
		}
		if (releaseBatch == null || ofDistrict == null || !scope.covers(ofDistrict)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		BatchRow release = lists.batch(releaseBatch)
			.filter(b -> "FUNDS_RELEASE".equals(b.kind()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<ItemLine> items = lists.itemsOfBatch(release.id(), List.of(ofDistrict));
		XlsxTable table = new XlsxTable("资金兑付清单", Names.district(ofDistrict) + "外贸扶持资金兑付清单",
				List.of("资金下达批次：" + release.id() + "　兑付单位：" + Names.district(ofDistrict) + "商务局、财政局"),
				itemColumns(List.of(Column.text("兑付状态", 12), Column.text("支付凭证号", 20), Column.date("支付日期"),
						Column.money("已兑付金额（元）"))));
		addItems(table, items, true);
		return xlsx(table, release.id() + " " + Names.district(ofDistrict) + " 资金兑付清单.xlsx");
	}

	/** 第十五条 and 第五条: every awarded, paid and recovered amount of a year, with its article and the shares. */
	@GetMapping("/officer/lists/ledger.xlsx")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> ledger(@RequestParam int year) {
		ReportScope scope = ReportScope.of(users.current());
		if (year < 2000 || year > 2100) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "年度须为四位数字");
		}
		XlsxTable table = new XlsxTable(year + "年台账", "江门市外贸扶持资金台账（" + year + "年度）",
				List.of("范围：" + scope.label() + "　年度：扶持事项发生（支付、参展、认证、获奖）的年度", "状态：已核定未兑付、已兑付、已追回（第十五条）；撤回或不予支持释放的额度不列入"),
				List.of(Column.text("申报编号", 18), Column.text("企业名称", 30), Column.text("统一社会信用代码", 21),
						Column.text("所属区", 8), Column.text("扶持事项", 18), Column.text("依据条款", 14),
						Column.text("状态", 12), Column.money("核定金额（元）"), Column.money("市级承担（元）"),
						Column.money("区级承担（元）"), Column.money("已兑付金额（元）"), Column.text("支付凭证号", 20),
						Column.date("支付日期"), Column.money("已追回金额（元）"), Column.text("追回原因", 24)));
		for (ItemLine line : lists.ledgerOfYear(year, scope.districts())) {
			table.row(line.applicationId(), line.enterpriseName(), line.creditCode(), Names.district(line.district()),
					line.typeName(), line.articles(), Names.entryStatus(line.status()), line.amount(), line.cityAmount(),
					line.districtAmount(), line.paid(), line.paymentReference(), line.paidOn(), line.recovered(),
					line.clawbackReason());
		}
		return xlsx(table, year + "年 外贸扶持资金台账.xlsx");
	}

	private static List<Column> itemColumns(List<Column> more) {
		List<Column> columns = new ArrayList<>(List.of(Column.integer("序号"), Column.text("申报编号", 18),
				Column.text("企业名称", 30), Column.text("统一社会信用代码", 21), Column.text("所属区", 8),
				Column.text("扶持事项", 18), Column.text("依据条款", 14), Column.money("扶持金额（元）"),
				Column.money("其中市级（元）"), Column.money("其中区级（元）")));
		columns.addAll(more);
		return columns;
	}

	/** One row per item; items of one application share its 序号. */
	private static void addItems(XlsxTable table, List<ItemLine> items, boolean payout) {
		int position = 0;
		String previous = null;
		for (ItemLine line : items) {
			if (!line.applicationId().equals(previous)) {
				position++;
				previous = line.applicationId();
			}
			List<Object> cells = new ArrayList<>(List.of(position, line.applicationId(), line.enterpriseName(),
					line.creditCode(), Names.district(line.district()), line.typeName(), line.articles(), line.amount(),
					line.cityAmount(), line.districtAmount()));
			if (payout) {
				cells.add(Names.entryStatus(line.status()));
				cells.add(line.paymentReference());
				cells.add(line.paidOn());
				cells.add(line.paid());
			}
			table.row(cells.toArray());
		}
	}

	private static ResponseEntity<byte[]> xlsx(XlsxTable table, String filename) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		table.writeTo(out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XlsxTable.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(out.toByteArray());
	}

}
