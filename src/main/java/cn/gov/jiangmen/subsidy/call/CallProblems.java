package cn.gov.jiangmen.subsidy.call;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A submission outside every open call answers 409 with the reason in Chinese (CONTRACT "Calls"). */
@RestControllerAdvice(annotations = RestController.class)
class CallProblems {

	@ExceptionHandler(NoOpenCallException.class)
	ResponseEntity<ProblemDetail> noOpenCall(NoOpenCallException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, NoOpenCallException.MESSAGE);
		problem.setTitle("不在申报时间内");
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
