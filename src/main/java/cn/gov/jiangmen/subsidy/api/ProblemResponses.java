package cn.gov.jiangmen.subsidy.api;

import java.util.List;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import cn.gov.jiangmen.subsidy.calendar.UnknownHolidayYearException;
import cn.gov.jiangmen.subsidy.policy.MissingParameterException;
import cn.gov.jiangmen.subsidy.refusal.InvalidFieldsException;
import cn.gov.jiangmen.subsidy.refusal.InvalidFieldsException.FieldError;
import cn.gov.jiangmen.subsidy.refusal.NotAllowedException;
import cn.gov.jiangmen.subsidy.refusal.NotFoundException;
import cn.gov.jiangmen.subsidy.refusal.TooLargeException;
import cn.gov.jiangmen.subsidy.refusal.WrongStatusException;

/**
 * The one place where a refusal becomes an HTTP answer: each kind of {@code refusal/} exception the
 * services throw, the calendar's unknown year and Spring's own refusals of a malformed request,
 * each an RFC 9457 problem with a Chinese title ({@link Problems}). REST controllers only: the app's
 * pages answer their errors with Chinese pages.
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemResponses extends ResponseEntityExceptionHandler {

	@ExceptionHandler(InvalidFieldsException.class)
	ResponseEntity<Object> invalidFields(InvalidFieldsException ex) {
		return answer(Problems.invalidFields(ex.errors()));
	}

	/** CONTRACT round 2: a body over the limit is 413, not a malformed request. */
	@ExceptionHandler(TooLargeException.class)
	ResponseEntity<Object> tooLarge(TooLargeException ex) {
		return answer(Problems.tooLarge(ex.limitBytes()));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex) {
		return answer(Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, ex.getMessage()));
	}

	@ExceptionHandler(NotAllowedException.class)
	ResponseEntity<Object> notAllowed(NotAllowedException ex) {
		return answer(Problems.of(HttpStatus.FORBIDDEN, Problems.NOT_ALLOWED, ex.getMessage()));
	}

	@ExceptionHandler(WrongStatusException.class)
	ResponseEntity<Object> wrongStatus(WrongStatusException ex) {
		return answer(Problems.of(HttpStatus.CONFLICT, Problems.WRONG_STATUS, ex.getMessage()));
	}

	/**
	 * A deadline that falls in a year whose holidays are not published yet cannot be computed: the
	 * request that needs it (e.g. recording an objection in late December) gets a 409, never a guess.
	 */
	@ExceptionHandler(UnknownHolidayYearException.class)
	ResponseEntity<Object> unknownYear(UnknownHolidayYearException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, Problems.UNKNOWN_HOLIDAYS, ex.getMessage());
		problem.setProperty("year", ex.getYear());
		return answer(problem);
	}

	/** A term of the procedure (第十四条) with no value on the day of the act: never a guess either. */
	@ExceptionHandler(MissingParameterException.class)
	ResponseEntity<Object> unknownParameter(MissingParameterException ex) {
		return answer(Problems.of(HttpStatus.CONFLICT, Problems.UNKNOWN_PARAMETER, ex.getMessage()));
	}

	/** A body bound by Spring itself ({@code @RequestBody}) that is not JSON, or missing. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return answer(Problems.invalidFields(List.of(new FieldError("$", "请求体缺失或不是合法的 JSON"))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String name = ex.getParameterName();
		return answer(Problems.badParameter(name, "缺少参数 '%s'".formatted(name)));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex.getPropertyName();
		String expected = "from".equals(name) ? "YYYY-MM-DD 格式的日期" : "整数";
		return answer(Problems.badParameter(name, "参数 '%s' 应为%s，而不是 '%s'".formatted(name, expected, ex.getValue())));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var result = ex.getParameterValidationResults().get(0);
		RequestParam param = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
		String name = param != null ? param.value() : result.getMethodParameter().getParameterName();
		List<String> reasons = result.getResolvableErrors()
			.stream()
			.map(MessageSourceResolvable::getDefaultMessage)
			.toList();
		return answer(Problems.badParameter(name,
				"参数 '%s' 不符合要求（%s），而不是 '%s'".formatted(name, String.join("；", reasons), result.getArgument())));
	}

	/** Whatever else Spring refuses (wrong method, media type…) keeps its status, with a Chinese title. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			problem.setTitle(Problems.titleOf(statusCode));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private static ResponseEntity<Object> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
