package cn.gov.jiangmen.subsidy.attachment;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** Refusals of the evidence API as RFC 9457 problems, in Chinese, naming the field at fault. */
@RestControllerAdvice(assignableTypes = AttachmentController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvidenceProblems {

	@ExceptionHandler(EvidenceRefusedException.class)
	ResponseEntity<ProblemDetail> refused(EvidenceRefusedException ex) {
		return problem(HttpStatus.valueOf(ex.kind().status()), ex.field(), ex.getMessage());
	}

	/** A body without a declared length that grows past the limit while it is read (chunked). */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "file", "文件不得超过 20 MB");
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> unreadable(MultipartException ex) {
		return problem(HttpStatus.BAD_REQUEST, "file", "请以 multipart/form-data 上传文件（字段 file）");
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String field, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setTitle(switch (status) {
			case PAYLOAD_TOO_LARGE -> "文件过大";
			case CONFLICT -> "当前阶段不能办理";
			case NOT_FOUND -> "不存在";
			case FORBIDDEN -> "无权办理";
			default -> "材料不符合要求";
		});
		if (field != null) {
			problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
