package cn.gov.jiangmen.subsidy.api;

import cn.gov.jiangmen.subsidy.calendar.UnknownHolidayYearException;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * RFC 9457 problem bodies for the calendar endpoint. Scoped to its controller and ordered first, so
 * neither it nor another package's advice changes the other's answers.
 */
@RestControllerAdvice(assignableTypes = WorkingDaysController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkingDaysProblems {

	@ExceptionHandler
	ProblemDetail unknownYear(UnknownHolidayYearException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Holidays of the year are not known");
		problem.setProperty("year", ex.getYear());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail missing(MissingServletRequestParameterException ex) {
		return badParameter(ex.getParameterName(), "Parameter '%s' is required".formatted(ex.getParameterName()));
	}

	@ExceptionHandler
	ProblemDetail malformed(MethodArgumentTypeMismatchException ex) {
		String expected = "from".equals(ex.getName()) ? "a date YYYY-MM-DD" : "a whole number";
		return badParameter(ex.getName(), "Parameter '%s' must be %s, not '%s'".formatted(ex.getName(), expected, ex.getValue()));
	}

	@ExceptionHandler
	ProblemDetail invalid(HandlerMethodValidationException ex) {
		// Only 'days' carries constraints today, but name whatever failed rather than assume it.
		var result = ex.getParameterValidationResults().get(0);
		RequestParam param = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
		String name = param != null ? param.value() : result.getMethodParameter().getParameterName();
		List<String> reasons = result.getResolvableErrors().stream().map(MessageSourceResolvable::getDefaultMessage).toList();
		return badParameter(name, "Parameter '%s' %s, not '%s'".formatted(name, String.join(" and ", reasons), result.getArgument()));
	}

	private static ProblemDetail badParameter(String name, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Bad request parameter");
		problem.setProperty("parameter", name);
		return problem;
	}

}
