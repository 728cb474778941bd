package cn.gov.jiangmen.subsidy.attachment;

import static cn.gov.jiangmen.subsidy.TestData.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.TestEnterprises;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;

/** CONTRACT "Evidence" over real HTTP: who may add, list and read an application's files, and which files. */
@ProcedureTest
class EvidenceApiTest {

	static final String OTHER_ENTERPRISE_USER = TestEnterprises.JIANGHAI_USER;

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestEnterprises enterprises;

	@LocalServerPort
	int port;

	@Autowired
	ProcedureDriver driver;

	String id;

	@BeforeEach
	void anApplicationInDistrictReview() {
		enterprises.jianghai();
		setClock(2026, 3, 10, 9, 0);
		id = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
	}

	@Test
	void the_enterprise_adds_a_pdf_to_an_item_and_its_district_and_the_city_read_it_back_byte_for_byte() {
		ResponseEntity<JsonNode> added = upload("enterprise-demo", id, "展位合同.pdf", EvidenceFiles.pdf(), "0");
		assertThat(added.getStatusCode().value()).isEqualTo(201);
		JsonNode file = added.getBody();
		assertThat(file.get("name").asText()).isEqualTo("展位合同.pdf");
		assertThat(file.get("contentType").asText()).isEqualTo("application/pdf");
		assertThat(file.get("size").asLong()).isEqualTo(EvidenceFiles.pdf().length);
		assertThat(file.get("sha256").asText()).isEqualTo(Evidence.sha256(EvidenceFiles.pdf())).hasSize(64);
		assertThat(file.get("itemIndex").asInt()).isZero();

		for (String user : new String[] { "enterprise-demo", "pengjiang-officer", "pengjiang-finance", "city-officer",
				"city-finance", "admin" }) {
			ResponseEntity<JsonNode> list = rest.withBasicAuth(user, "demo").getForEntity(attachments(id), JsonNode.class);
			assertThat(list.getStatusCode().value()).as(user).isEqualTo(200);
			assertThat(list.getBody().findValuesAsText("name")).as(user).containsExactly("展位合同.pdf");
			ResponseEntity<byte[]> bytes = rest.withBasicAuth(user, "demo")
				.getForEntity(attachments(id) + "/" + file.get("id").asLong(), byte[].class);
			assertThat(bytes.getStatusCode().value()).as(user).isEqualTo(200);
			assertThat(bytes.getBody()).as(user).isEqualTo(EvidenceFiles.pdf());
			assertThat(bytes.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");
			assertThat(bytes.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
		}
	}

	@Test
	void another_enterprise_and_another_district_are_told_the_files_do_not_exist() {
		long fileId = upload("enterprise-demo", id, "合同.pdf", EvidenceFiles.pdf(), null).getBody().get("id").asLong();
		for (String user : new String[] { OTHER_ENTERPRISE_USER, "jianghai-officer", "xinhui-officer" }) {
			assertThat(rest.withBasicAuth(user, "demo").getForEntity(attachments(id), String.class).getStatusCode().value())
				.as(user + " lists").isEqualTo(404);
			assertThat(rest.withBasicAuth(user, "demo")
				.getForEntity(attachments(id) + "/" + fileId, String.class)
				.getStatusCode()
				.value()).as(user + " downloads").isEqualTo(404);
			assertThat(upload(user, id, "合同.pdf", EvidenceFiles.pdf(), null).getStatusCode().value()).as(user + " uploads")
				.isEqualTo(404);
		}
		assertThat(upload("pengjiang-officer", id, "合同.pdf", EvidenceFiles.pdf(), null).getStatusCode().value())
			.as("the district reads the files but the enterprise provides them").isEqualTo(403);
		assertThat(rest.getForEntity(attachments(id), String.class).getStatusCode().value()).isEqualTo(401);
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void a_renamed_program_is_refused_by_its_content_and_a_renamed_png_is_kept_as_a_png() {
		ResponseEntity<JsonNode> refused = upload("enterprise-demo", id, "发票.pdf", EvidenceFiles.windowsProgram(), null);
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
		assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("file");
		assertThat(refused.getBody().get("errors").get(0).get("message").asText()).contains("PDF、JPEG 或 PNG");
		assertThat(count()).isZero();

		JsonNode png = upload("enterprise-demo", id, "../../etc/展台照片.pdf", EvidenceFiles.png(), null).getBody();
		assertThat(png.get("contentType").asText()).isEqualTo("image/png");
		assertThat(png.get("name").asText()).as("no directories, the real type's extension").isEqualTo("展台照片.pdf.png");
	}

	@Test
	void an_upload_declared_larger_than_20_mb_is_refused_with_413_before_its_body_is_read() throws Exception {
		long declared = 25L * 1024 * 1024;
		String head = "POST /api/applications/" + id + "/attachments HTTP/1.1\r\nHost: localhost\r\n"
				+ "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString("enterprise-demo:demo".getBytes())
				+ "\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + declared + "\r\n\r\n";
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			out.write(new byte[64 * 1024]); // a sliver of the 25 MB announced: the server answers without waiting for more
			out.flush();
			String answer = readHead(socket.getInputStream());
			assertThat(answer).startsWith("HTTP/1.1 413");
			assertThat(answer).contains("application/problem+json");
		}
		assertThat(count()).isZero();
	}

	/**
	 * A chunked body has no length to refuse it by: it is read until it passes the limit, then refused.
	 * The server answers while the client is still sending (and then closes the connection), so the
	 * body is streamed by a second thread while this one reads the answer, as a client that reads
	 * early answers does.
	 */
	@Test
	void an_upload_larger_than_20_mb_without_a_declared_length_is_refused_with_413_and_nothing_is_stored()
			throws Exception {
		String boundary = "xyz";
		byte[] partHead = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"大文件.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		String head = "POST /api/applications/" + id + "/attachments HTTP/1.1\r\nHost: localhost\r\n"
				+ "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString("enterprise-demo:demo".getBytes())
				+ "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nTransfer-Encoding: chunked\r\n\r\n";
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			Thread sender = new Thread(() -> {
				try {
					out.write(head.getBytes(StandardCharsets.ISO_8859_1));
					chunk(out, partHead);
					chunk(out, EvidenceFiles.pdf());
					byte[] filler = new byte[64 * 1024];
					for (long sent = 0; sent < 21L * 1024 * 1024; sent += filler.length) {
						chunk(out, filler);
					}
					chunk(out, ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
					out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
					out.flush();
				}
				catch (java.io.IOException closedByTheServer) {
					// expected once the server has answered
				}
			});
			sender.start();
			String answer = readHead(socket.getInputStream());
			sender.join(60_000);
			assertThat(answer).startsWith("HTTP/1.1 413");
			assertThat(answer).contains("application/problem+json");
		}
		assertThat(count()).isZero();
	}

	private static void chunk(OutputStream out, byte[] data) throws java.io.IOException {
		out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
		out.write(data);
		out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
	}

	@Test
	void at_most_20_files_an_application_and_an_item_index_that_exists() {
		assertThat(upload("enterprise-demo", id, "a.pdf", EvidenceFiles.pdf(), "2").getStatusCode().value())
			.as("the demo request has items 0 and 1").isEqualTo(400);
		for (int i = 0; i < Evidence.MAX_FILES; i++) {
			assertThat(upload("enterprise-demo", id, "p" + i + ".png", EvidenceFiles.png(), null).getStatusCode().value())
				.isEqualTo(201);
		}
		ResponseEntity<JsonNode> refused = upload("enterprise-demo", id, "p21.png", EvidenceFiles.png(), null);
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("detail").asText()).contains("最多 20 个");
		assertThat(count()).isEqualTo(20);
	}

	@Test
	void files_are_taken_only_while_the_district_reviews_or_the_enterprise_corrects() {
		driver.districtDecides(id, "approve", "同意");
		assertThat(driver.status(id)).isEqualTo("CITY_REVIEW");
		assertThat(upload("enterprise-demo", id, "a.pdf", EvidenceFiles.pdf(), null).getStatusCode().value()).isEqualTo(409);
		assertThat(driver.task(id, Elements.DISTRICT_REVIEW)).isNull();
	}

	@Test
	void the_review_forms_list_the_files_with_links_and_the_pledge() {
		long fileId = upload("enterprise-demo", id, "合同.pdf", EvidenceFiles.pdf(), "1").getBody().get("id").asLong();
		var task = driver.task(id, Elements.DISTRICT_REVIEW);
		JsonNode rows = driver.as("pengjiang-officer",
				() -> parse(engine.getTaskService().getVariableTyped(task.getId(), "attachments").getValue().toString()));
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("item").asText()).isEqualTo("第2项 短期出口信用保险");
		assertThat(rows.get(0).get("url").asText()).isEqualTo("/officer/applications/" + id + "/attachments/" + fileId);
		assertThat((String) engine.getTaskService().getVariable(task.getId(), "pledge")).contains("未经企业申报平台勾选承诺");
	}

	@Test
	void a_file_upload_anywhere_else_is_refused_before_it_is_parsed() {
		ResponseEntity<String> refused = rest.withBasicAuth("enterprise-demo", "demo")
			.postForEntity("/api/quotes", multipart("a.pdf", EvidenceFiles.pdf(), null), String.class);
		assertThat(refused.getStatusCode().value()).isEqualTo(415);
	}

	private static JsonNode parse(String json) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM app_attachment").query(Long.class).single();
	}

	private static String attachments(String applicationId) {
		return "/api/applications/" + applicationId + "/attachments";
	}

	private ResponseEntity<JsonNode> upload(String user, String applicationId, String name, byte[] content, String item) {
		return rest.withBasicAuth(user, "demo")
			.postForEntity(attachments(applicationId), multipart(name, content, item), JsonNode.class);
	}

	private static HttpEntity<LinkedMultiValueMap<String, Object>> multipart(String name, byte[] content, String item) {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		if (item != null) {
			parts.add("itemIndex", item);
		}
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return new HttpEntity<>(parts, headers);
	}

	private static String readHead(InputStream in) throws java.io.IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) >= 0) {
			head.write(b);
			String text = head.toString(StandardCharsets.UTF_8);
			if (text.endsWith("\r\n\r\n")) {
				return text;
			}
		}
		return head.toString(StandardCharsets.UTF_8);
	}

	static Map<String, String> none() {
		return Map.of();
	}

}
