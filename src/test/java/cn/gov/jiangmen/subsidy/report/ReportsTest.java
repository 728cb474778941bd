package cn.gov.jiangmen.subsidy.report;

import static cn.gov.jiangmen.subsidy.TestData.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;
import cn.gov.jiangmen.subsidy.web.WebSession;

/**
 * The lists and statistics read back against the ledger: two applications of two districts go the
 * whole way (Pengjiang's is paid, then recovered; Jianghai's is released, not yet paid); every
 * .xlsx has its rows and a 合计 equal to the ledger's sums, and a district officer sees its district only.
 */
@ProcedureTest
class ReportsTest {

	static final String JIANGHAI_CREDIT_CODE = TestData.creditCode("440704", 712);

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Autowired
	ProcedureDriver driver;

	String pengjiang;

	String jianghai;

	@BeforeEach
	void theWholeWay() {
		setClock(2026, 2, 10, 10, 0);
		pengjiang = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		jianghai = driver.submit("admin", TestData.request(JIANGHAI_CREDIT_CODE, "江海报表测试进出口有限公司", "JIANGHAI"))
			.get("id")
			.asText();
		driver.districtDecides(pengjiang, "approve", "同意");
		driver.districtReportsPlan();
		driver.complete("jianghai-officer", driver.task(jianghai, Elements.DISTRICT_REVIEW),
				Map.of("decision", "approve", "comment", "同意"));
		driver.complete("jianghai-officer", driver.batchTask(Elements.REPORT_DISTRICT_PLAN), Map.of("confirmed", true));
		driver.cityDecides(pengjiang, "approve", "同意");
		driver.cityDecides(jianghai, "approve", "同意");
		setClock(2026, 2, 12, 10, 0);
		driver.cityPublishesNotice();
		setClock(2026, 2, 27, 0, 1);
		driver.fire(driver.timer(pengjiang, Elements.NOTICE_PERIOD_ENDED));
		driver.fire(driver.timer(jianghai, Elements.NOTICE_PERIOD_ENDED));
		setClock(2026, 3, 2, 9, 0);
		driver.cityIncludesInBudget();
		setClock(2027, 1, 1, 0, 5);
		driver.fire(driver.timer(pengjiang, Elements.BUDGET_YEAR_STARTED));
		driver.fire(driver.timer(jianghai, Elements.BUDGET_YEAR_STARTED));
		driver.cityFinanceReleasesFunds();
		driver.complete("pengjiang-finance", driver.task(pengjiang, Elements.DISBURSE),
				Map.of("paymentReference", "PJ-2027-0001", "paymentDate", "2027-01-15"));
		assertThat(driver.post("city-officer", "/api/applications/" + pengjiang + "/clawbacks",
				"{\"reason\": \"展位确认函系伪造\"}").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
	}

	@Test
	void every_batch_list_has_a_row_per_granted_item_and_a_total_equal_to_the_ledger() throws IOException {
		WebSession city = new WebSession(port).signIn("city-officer", "demo");
		List<String> batches = jdbc.sql("SELECT id FROM app_batch ORDER BY id").query(String.class).list();
		assertThat(batches).as("two district plans, the notice, the budget, the release").hasSize(5);
		for (String batch : batches) {
			Sheet sheet = read(city.download("/officer/lists/batches/" + batch + ".xlsx"));
			BigDecimal ledger = ledgerSum("""
					SELECT l.amount FROM ledger_entry l JOIN app_batch_member m ON m.application_id = l.application_id
					WHERE m.batch_id = :b AND l.status <> 'RELEASED'""", batch);
			int items = jdbc.sql("""
					SELECT COUNT(*) FROM ledger_entry l JOIN app_batch_member m ON m.application_id = l.application_id
					WHERE m.batch_id = :b AND l.status <> 'RELEASED'""").param("b", batch).query(Integer.class).single();
			assertThat(sheet.header()).as(batch).contains("申报编号", "企业名称", "扶持事项", "依据条款", "扶持金额（元）", "其中市级（元）", "其中区级（元）");
			assertThat(sheet.body()).as(batch).hasSize(items);
			assertThat(sheet.total("扶持金额（元）")).as(batch).isEqualByComparingTo(ledger);
			assertThat(sheet.total("其中市级（元）").add(sheet.total("其中区级（元）"))).isEqualByComparingTo(ledger);
			assertThat(sheet.columnSum("扶持金额（元）")).isEqualByComparingTo(ledger);
		}
		String pengjiangPlan = jdbc.sql("SELECT id FROM app_batch WHERE kind = 'DISTRICT_PLAN' AND scope = 'PENGJIANG'")
			.query(String.class)
			.single();
		WebSession jianghaiOfficer = new WebSession(port).signIn("jianghai-officer", "demo");
		assertThat(jianghaiOfficer.download("/officer/lists/batches/" + pengjiangPlan + ".xlsx").statusCode())
			.as("another district's plan").isEqualTo(404);
		String release = jdbc.sql("SELECT id FROM app_batch WHERE kind = 'FUNDS_RELEASE'").query(String.class).single();
		Sheet own = read(jianghaiOfficer.download("/officer/lists/batches/" + release + ".xlsx"));
		assertThat(own.body()).isNotEmpty().allSatisfy(row -> assertThat(row.getCellText(own.column("所属区"))).isEqualTo("江海区"));
		assertThat(own.total("扶持金额（元）")).isEqualByComparingTo(ledgerSum(
				"SELECT amount FROM ledger_entry WHERE application_id = :b", jianghai));
		assertThat(new WebSession(port).signIn("enterprise-demo", "demo").download("/officer/lists/batches/" + release + ".xlsx")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void the_payout_list_carries_payment_references_and_dates_and_the_ledger_of_a_year_the_shares() throws IOException {
		WebSession district = new WebSession(port).signIn("pengjiang-finance", "demo");
		Sheet payouts = read(district.download("/officer/lists/payouts.xlsx?application=" + pengjiang));
		assertThat(payouts.body()).hasSize(2).allSatisfy(row -> {
			assertThat(row.getCellText(payouts.column("支付凭证号"))).isEqualTo("PJ-2027-0001");
			assertThat(row.getCell(payouts.column("支付日期")).getType()).isEqualTo(CellType.NUMBER);
			assertThat(row.getCellAsDate(payouts.column("支付日期")).orElseThrow().toLocalDate())
				.isEqualTo(java.time.LocalDate.of(2027, 1, 15));
		});
		BigDecimal paid = ledgerSum("SELECT amount FROM ledger_entry WHERE application_id = :b", pengjiang);
		assertThat(payouts.total("已兑付金额（元）")).isEqualByComparingTo(paid);
		assertThat(district.download("/officer/lists/payouts.xlsx?application=" + jianghai).statusCode())
			.as("Jianghai's payouts are not Pengjiang's").isEqualTo(404);

		WebSession city = new WebSession(port).signIn("city-officer", "demo");
		Sheet ledger = read(city.download("/officer/lists/ledger.xlsx?year=2025"));
		int entries = jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE award_year = 2025 AND status <> 'RELEASED'")
			.query(Integer.class)
			.single();
		assertThat(entries).isEqualTo(4);
		assertThat(ledger.body()).hasSize(entries);
		assertThat(ledger.total("核定金额（元）")).isEqualByComparingTo(
				sum("SELECT amount FROM ledger_entry WHERE award_year = 2025 AND status <> 'RELEASED'"));
		assertThat(ledger.total("市级承担（元）")).isEqualByComparingTo(
				sum("SELECT city_amount FROM ledger_entry WHERE award_year = 2025 AND status <> 'RELEASED'"));
		assertThat(ledger.total("区级承担（元）")).isEqualByComparingTo(
				sum("SELECT district_amount FROM ledger_entry WHERE award_year = 2025 AND status <> 'RELEASED'"));
		assertThat(ledger.total("已兑付金额（元）")).isEqualByComparingTo(paid);
		assertThat(ledger.total("已追回金额（元）")).as("第十五条: recovered after payment").isEqualByComparingTo(paid);
		assertThat(ledger.body()).filteredOn(row -> row.getCellText(0).equals(pengjiang))
			.allSatisfy(row -> assertThat(row.getCellText(ledger.column("状态"))).isEqualTo("已追回"));

		Sheet districtLedger = read(new WebSession(port).signIn("jianghai-officer", "demo").download("/officer/lists/ledger.xlsx?year=2025"));
		assertThat(districtLedger.body()).hasSize(2).allSatisfy(row -> assertThat(row.getCellText(0)).isEqualTo(jianghai));
	}

	@Test
	void statistics_totals_equal_the_applications_totals_in_the_callers_districts() {
		JsonNode all = rest.withBasicAuth("admin", "demo").getForObject("/api/reports/statistics?year=2026", JsonNode.class);
		BigDecimal everyTotal = jdbc.sql("SELECT SUM(total) FROM app_application").query(BigDecimal.class).single();
		assertThat(new BigDecimal(all.get("totals").get("amount").asText())).isEqualByComparingTo(everyTotal);
		assertThat(all.get("totals").get("count").asLong()).isEqualTo(4);
		BigDecimal rowSum = BigDecimal.ZERO;
		for (JsonNode row : all.get("rows")) {
			rowSum = rowSum.add(new BigDecimal(row.get("amount").asText()));
		}
		assertThat(rowSum).isEqualByComparingTo(everyTotal);
		assertThat(all.get("rows").findValuesAsText("district")).containsOnly("PENGJIANG", "JIANGHAI");
		assertThat(all.get("rows").findValuesAsText("status")).containsOnly("DISBURSED", "FUNDS_RELEASED");

		JsonNode own = rest.withBasicAuth("jianghai-officer", "demo").getForObject("/api/reports/statistics?year=2026", JsonNode.class);
		assertThat(own.get("rows").findValuesAsText("district")).containsOnly("JIANGHAI");
		assertThat(new BigDecimal(own.get("totals").get("amount").asText())).isEqualByComparingTo(
				jdbc.sql("SELECT total FROM app_application WHERE id = :id").param("id", jianghai).query(BigDecimal.class).single());
		assertThat(rest.withBasicAuth("admin", "demo").getForObject("/api/reports/statistics?year=2025", JsonNode.class)
			.get("totals").get("count").asLong()).as("nothing was submitted in 2025").isZero();
		assertThat(rest.withBasicAuth("enterprise-demo", "demo").getForEntity("/api/reports/statistics?year=2026", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(rest.getForEntity("/api/reports/statistics?year=2026", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

		HttpResponse<String> page = new WebSession(port).signIn("jianghai-officer", "demo").get("/officer/statistics?year=2026");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("统计分析", "江海区", "江海报表测试进出口有限公司").doesNotContain("江门示范外贸有限公司");
		assertThat(new WebSession(port).signIn("city-officer", "demo").get("/officer/statistics?year=2026").body())
			.contains("蓬江区", "江海区", "已追回");
	}

	private BigDecimal sum(String sql) {
		return jdbc.sql(sql).query(BigDecimal.class).list().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private BigDecimal ledgerSum(String sql, String param) {
		return jdbc.sql(sql).param("b", param).query(BigDecimal.class).list().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static Sheet read(HttpResponse<byte[]> response) throws IOException {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(XlsxTable.CONTENT_TYPE);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			int header = 0;
			while (!rows.get(header).getCellText(0).equals("序号") && !rows.get(header).getCellText(0).equals("申报编号")) {
				header++;
			}
			return new Sheet(rows.subList(header, rows.size()));
		}
	}

	/** A list read back: its header row, the lines, and the 合计 row. */
	record Sheet(List<Row> rows) {

		List<String> header() {
			Row header = rows.get(0);
			return java.util.stream.IntStream.range(0, header.getCellCount()).mapToObj(header::getCellText).toList();
		}

		int column(String name) {
			int index = header().indexOf(name);
			assertThat(index).as(name).isNotNegative();
			return index;
		}

		List<Row> body() {
			return rows.subList(1, rows.size() - 1);
		}

		BigDecimal total(String column) {
			Row total = rows.get(rows.size() - 1);
			assertThat(total.getCellText(0)).isEqualTo(XlsxTable.TOTAL_LABEL);
			assertThat(total.getCell(column(column)).getType()).isEqualTo(CellType.NUMBER);
			return total.getCellAsNumber(column(column)).orElseThrow();
		}

		BigDecimal columnSum(String column) {
			int c = column(column);
			return body().stream().map(row -> {
				assertThat(row.getCell(c).getType()).as("money is a number").isEqualTo(CellType.NUMBER);
				return row.getCellAsNumber(c).orElseThrow();
			}).reduce(BigDecimal.ZERO, BigDecimal::add);
		}
	}

}
