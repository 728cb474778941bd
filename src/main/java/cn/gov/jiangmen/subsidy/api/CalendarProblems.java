package cn.gov.jiangmen.subsidy.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import cn.gov.jiangmen.subsidy.calendar.UnknownHolidayYearException;

/**
 * A deadline that falls in a year whose holidays are not published yet cannot be computed: the
 * request that needs it (e.g. recording an objection in late December) gets a 409, never a guess.
 */
@RestControllerAdvice
class CalendarProblems {

	@ExceptionHandler(UnknownHolidayYearException.class)
	ResponseEntity<ProblemDetail> unknownYear(UnknownHolidayYearException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("节假日安排未知");
		problem.setProperty("year", ex.getYear());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
