package cn.gov.jiangmen.subsidy.notice;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No notice of that id: the public pages and API answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NoticeNotFoundException extends RuntimeException {

	NoticeNotFoundException(String id) {
		super("公示不存在：" + id);
	}

}
