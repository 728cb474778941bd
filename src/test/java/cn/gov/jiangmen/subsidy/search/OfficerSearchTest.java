package cn.gov.jiangmen.subsidy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;
import cn.gov.jiangmen.subsidy.web.WebSession;

/** The officers' search finds by number, name, credit code and status, within the districts the officer may see. */
@ProcedureTest
class OfficerSearchTest {

	static final String JIANGHAI_CREDIT_CODE = TestData.creditCode("440704", 713);

	@LocalServerPort
	int port;

	@Autowired
	ProcedureDriver driver;

	String pengjiang;

	String jianghai;

	@BeforeEach
	void twoApplications() {
		TestData.setClock(2026, 3, 2, 9, 0);
		pengjiang = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		jianghai = driver.submit("admin", TestData.request(JIANGHAI_CREDIT_CODE, "江海查询测试有限公司", "JIANGHAI"))
			.get("id")
			.asText();
		driver.districtDecides(pengjiang, "approve", "材料齐全");
		driver.districtReportsPlan();
	}

	@Test
	void finds_by_number_name_credit_code_and_status_within_the_officers_districts() {
		WebSession city = new WebSession(port).signIn("city-officer", "demo");
		assertThat(search(city, "q=" + encode("示范外贸"))).contains(pengjiang).doesNotContain(jianghai);
		assertThat(search(city, "q=" + JIANGHAI_CREDIT_CODE.substring(2, 12).toLowerCase())).contains(jianghai).doesNotContain(pengjiang);
		assertThat(search(city, "q=" + pengjiang)).contains(pengjiang).doesNotContain(jianghai);
		assertThat(search(city, "status=CITY_REVIEW")).contains(pengjiang).doesNotContain(jianghai);
		assertThat(search(city, "status=DISTRICT_REVIEW&district=JIANGHAI")).contains(jianghai).doesNotContain(pengjiang);
		assertThat(search(city, "q=" + encode("%"))).as("a wildcard is text").contains("没有符合条件的申报");

		WebSession jianghaiOfficer = new WebSession(port).signIn("jianghai-officer", "demo");
		assertThat(search(jianghaiOfficer, "q=" + pengjiang)).doesNotContain("id=\"results\"").contains("没有符合条件的申报");
		assertThat(search(jianghaiOfficer, "district=PENGJIANG&q=" + encode("公司"))).contains(jianghai).doesNotContain(pengjiang);
		assertThat(jianghaiOfficer.get("/officer/applications/" + pengjiang).statusCode()).isEqualTo(404);
		assertThat(new WebSession(port).signIn("enterprise-demo", "demo").get("/officer/search?q=x").statusCode()).isEqualTo(403);
	}

	@Test
	void an_application_shows_its_items_ledger_history_and_its_task_in_tasklist() {
		WebSession city = new WebSession(port).signIn("city-officer", "demo");
		HttpResponse<String> page = city.get("/officer/applications/" + pengjiang);
		assertThat(page.statusCode()).isEqualTo(200);
		String taskId = driver.task(pengjiang, Elements.CITY_REVIEW).getId();
		assertThat(page.body()).contains("江门示范外贸有限公司", "境外参展", "短期出口信用保险", "第九条", "材料齐全", "pengjiang-officer",
				"已核定未兑付", "/camunda/app/tasklist/default/#/?task=" + taskId, "市级复审", "提交申报");
	}

	private static String search(WebSession session, String query) {
		HttpResponse<String> page = session.get("/officer/search?" + query);
		assertThat(page.statusCode()).as(query).isEqualTo(200);
		return page.body();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
