package cn.gov.jiangmen.subsidy.notice;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;

import cn.gov.jiangmen.subsidy.calendar.WorkingDays;

/**
 * The notices as open data (CONTRACT "Public notices"), without sign-in: the list, one notice, and
 * objections from anyone while a notice runs. Answers are 202, 400 naming the fields, 404, 409
 * after the period and 429 when one address sends too many; nothing a visitor sends answers 500.
 */
@RestController
@RequestMapping("/api/public/notices")
class PublicNoticeApi {

	private static final ObjectMapper STRICT = new ObjectMapper()
		.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	private static final List<String> FIELDS = List.of("applicationId", "reason", "name", "contact");

	private final Notices notices;
	private final PublicObjections objections;
	private final Clock clock;

	PublicNoticeApi(Notices notices, PublicObjections objections, Clock clock) {
		this.notices = notices;
		this.objections = objections;
		this.clock = clock;
	}

	record Summary(String id, String title, String documentNo, String publishedOn, String firstDay, String lastDay,
			int entries, String total) {
	}

	record ItemView(String typeName, String amount) {
	}

	record EntryView(String applicationId, String enterpriseName, String district, String districtName,
			List<ItemView> items, String total) {
	}

	record Detail(String id, String title, String documentNo, String publishedOn, String firstDay, String lastDay,
			int workingDays, String objectionContact, String objectionsUntil, boolean open, List<EntryView> entries,
			String total) {
	}

	record Receipt(long id, String noticeId, String applicationId, String receivedAt, String status) {
	}

	@GetMapping
	List<Summary> list() {
		return notices.list()
			.stream()
			.map(n -> new Summary(n.id(), n.title(), n.documentNo(), n.publishedOn().toString(),
					n.firstDay().toString(), n.lastDay().toString(), n.entries(), yuan(n.total())))
			.toList();
	}

	@GetMapping("/{id}")
	Detail get(@PathVariable String id) {
		Notice n = notices.find(id).orElseThrow(() -> new NoticeNotFoundException(id));
		return new Detail(n.id(), n.title(), n.documentNo(), n.publishedOn().toString(), n.firstDay().toString(),
				n.lastDay().toString(), n.workingDays(), n.objectionContact(),
				n.endsAt().atZone(WorkingDays.ZONE).toOffsetDateTime().toString(),
				n.runsAt(clock.instant()), n.entries().stream().map(PublicNoticeApi::entry).toList(),
				yuan(n.total()));
	}

	@PostMapping("/{id}/objections")
	ResponseEntity<Receipt> object(@PathVariable String id, InputStream body, HttpServletRequest request)
			throws IOException {
		PublicObjections.Filing filing = read(body);
		PublicObjections.Filed filed = objections.file(id, filing, request.getRemoteAddr(), PublicObjections.Channel.API);
		return ResponseEntity.accepted()
			.location(URI.create("/api/public/notices/" + filed.noticeId()))
			.body(new Receipt(filed.id(), filed.noticeId(), filed.applicationId(), filed.receivedAt().toString(),
					"RECEIVED"));
	}

	@ExceptionHandler(NoticeNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NoticeNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "公示不存在", ex.getMessage(), Map.of(), null);
	}

	@ExceptionHandler(ObjectionRefusedException.class)
	ResponseEntity<ProblemDetail> refused(ObjectionRefusedException ex) {
		return switch (ex.why()) {
			case PERIOD_OVER -> problem(HttpStatus.CONFLICT, "公示期已结束", ex.getMessage(), Map.of(), null);
			case TOO_MANY -> problem(HttpStatus.TOO_MANY_REQUESTS, "提交过于频繁", ex.getMessage(), Map.of(),
					ex.retryAfter().toSeconds());
			case INVALID -> problem(HttpStatus.BAD_REQUEST, "请求格式不正确", ex.fields().size() + " 处错误", ex.fields(), null);
		};
	}

	/** The visitor's document, strictly: an object of the four text fields and nothing else. */
	private static PublicObjections.Filing read(InputStream body) throws IOException {
		JsonNode document;
		try {
			document = STRICT.readTree(body);
		}
		catch (JsonProcessingException e) {
			throw ObjectionRefusedException.invalid(Map.of("$", "不是有效的 JSON 文档"));
		}
		if (document == null || !document.isObject()) {
			throw ObjectionRefusedException.invalid(Map.of("$", "应为 JSON 对象"));
		}
		Map<String, String> errors = new LinkedHashMap<>();
		document.fieldNames().forEachRemaining(name -> {
			if (!FIELDS.contains(name)) {
				errors.put(name, "未知字段");
			}
		});
		for (String field : FIELDS) {
			JsonNode value = document.get(field);
			if (value != null && !value.isNull() && !value.isTextual()) {
				errors.put(field, "应为文本");
			}
		}
		if (!errors.isEmpty()) {
			throw ObjectionRefusedException.invalid(errors);
		}
		return new PublicObjections.Filing(text(document, "applicationId"), text(document, "reason"),
				text(document, "name"), text(document, "contact"));
	}

	private static String text(JsonNode document, String field) {
		JsonNode value = document.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}

	private static EntryView entry(Notice.Entry e) {
		return new EntryView(e.applicationId(), e.enterpriseName(), e.district(), e.districtName(),
				e.items().stream().map(i -> new ItemView(i.typeName(), yuan(i.amount()))).toList(), yuan(e.total()));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
			Map<String, String> fields, Long retryAfterSeconds) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (!fields.isEmpty()) {
			problem.setProperty("errors",
					fields.entrySet().stream().map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList());
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (retryAfterSeconds != null) {
			answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfterSeconds)));
		}
		return answer.body(problem);
	}

	static String yuan(BigDecimal amount) {
		return amount.setScale(2).toPlainString();
	}

}
