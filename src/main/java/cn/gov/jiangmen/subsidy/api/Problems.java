package cn.gov.jiangmen.subsidy.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import cn.gov.jiangmen.subsidy.refusal.InvalidFieldsException.FieldError;

/**
 * The one vocabulary of RFC 9457 problems the REST surface answers with, titles in Chinese: the
 * exception handler ({@link ProblemResponses}) and the request size filter, which answers before any
 * controller runs, both build their bodies here.
 */
final class Problems {

	static final String INVALID_REQUEST = "请求格式不正确";
	static final String TOO_LARGE = "请求体过大";
	static final String NOT_FOUND = "未找到";
	static final String NOT_ALLOWED = "无权办理";
	static final String WRONG_STATUS = "当前状态不能办理";
	static final String UNKNOWN_HOLIDAYS = "节假日安排未知";
	static final String UNKNOWN_PARAMETER = "政策参数未知";
	static final String BAD_PARAMETER = "请求参数不正确";

	/** Spring's own refusals (wrong method, media type…) keep their status and get a Chinese title. */
	private static final Map<Integer, String> TITLES = Map.of(400, "请求不正确", 401, "未登录", 403, NOT_ALLOWED, 404,
			NOT_FOUND, 405, "不支持此请求方法", 406, "无法提供所要求的格式", 409, WRONG_STATUS, 413, TOO_LARGE, 415,
			"不支持此内容类型", 500, "服务器内部错误");

	private Problems() {
	}

	/** Each offending field by its path in the request ({@code $}: the body as a whole). */
	static ProblemDetail invalidFields(List<FieldError> errors) {
		return withErrors(HttpStatus.BAD_REQUEST, INVALID_REQUEST, errors.size() + " 处错误", errors);
	}

	static ProblemDetail tooLarge(int limitBytes) {
		String limit = "请求体不得超过 " + limitBytes / 1024 + " KB";
		return withErrors(HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE, limit, List.of(new FieldError("$", limit)));
	}

	static ProblemDetail of(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	/** A request parameter (not a body field) that is missing or malformed, named in {@code parameter}. */
	static ProblemDetail badParameter(String name, String detail) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, BAD_PARAMETER, detail);
		problem.setProperty("parameter", name);
		return problem;
	}

	/** The Chinese title for a status, for problems Spring built itself. */
	static String titleOf(HttpStatusCode status) {
		return TITLES.getOrDefault(status.value(), "请求未能处理");
	}

	private static ProblemDetail withErrors(HttpStatus status, String title, String detail, List<FieldError> errors) {
		ProblemDetail problem = of(status, title, detail);
		problem.setProperty("errors",
				errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
		return problem;
	}

}
