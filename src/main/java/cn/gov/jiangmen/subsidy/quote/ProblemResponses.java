package cn.gov.jiangmen.subsidy.quote;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import cn.gov.jiangmen.subsidy.quote.InvalidClaimRequestException.FieldError;

/**
 * RFC 9457 problem bodies for malformed requests, each with an {@code errors} array of
 * {@code {"field", "message"}} naming every offending field by its path in the request body.
 * REST controllers only: the app's pages answer their errors with Chinese pages.
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemResponses extends ResponseEntityExceptionHandler {

	@ExceptionHandler(InvalidClaimRequestException.class)
	ResponseEntity<Object> invalidRequest(InvalidClaimRequestException ex) {
		return problem(HttpStatus.BAD_REQUEST, "请求格式不正确", ex.errors());
	}

	/** CONTRACT round 2: a body over the limit is 413, not a malformed request. */
	@ExceptionHandler(ClaimRequestTooLargeException.class)
	ResponseEntity<Object> tooLarge(ClaimRequestTooLargeException ex) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "请求体过大", List.of(new FieldError(ClaimRequestReader.WHOLE_BODY,
				"请求体不得超过 " + ClaimRequestReader.MAX_BODY_BYTES / 1024 + " KB")));
	}

	/** A body bound by Spring itself ({@code @RequestBody JsonNode}) that is not JSON, or missing. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "请求格式不正确",
				List.of(new FieldError(ClaimRequestReader.WHOLE_BODY, "请求体缺失或不是合法的 JSON")));
	}

	private static ResponseEntity<Object> problem(HttpStatus status, String title, List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, errors.size() + " 处错误");
		problem.setTitle(title);
		problem.setProperty("errors",
				errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
