package cn.gov.jiangmen.subsidy.notice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.jiangmen.subsidy.report.XlsxTable;
import cn.gov.jiangmen.subsidy.report.XlsxTable.Column;

/**
 * The public notices as the public reads them, without sign-in (第十四条 公示): every notice, one
 * notice with its entries (prints on A4, downloads as .xlsx) and, while it runs, the form to object.
 */
@Controller
class NoticePages {

	private final Notices notices;
	private final PublicObjections objections;
	private final Clock clock;

	NoticePages(Notices notices, PublicObjections objections, Clock clock) {
		this.notices = notices;
		this.objections = objections;
		this.clock = clock;
	}

	/** What the objection form sends (all text; checked by the service). */
	record ObjectionForm(String applicationId, String reason, String name, String contact) {
	}

	@GetMapping("/notices")
	String list(Model model) {
		model.addAttribute("notices", notices.list());
		model.addAttribute("today", java.time.LocalDate.ofInstant(clock.instant(), cn.gov.jiangmen.subsidy.calendar.WorkingDays.ZONE));
		return "notices/list";
	}

	@GetMapping("/notices/{id}")
	String show(@PathVariable String id, Model model) {
		Notice notice = notices.find(id).orElseThrow(() -> new NoticeNotFoundException(id));
		model.addAttribute("notice", notice);
		model.addAttribute("open", notice.runsAt(clock.instant()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ObjectionForm(null, null, null, null));
		}
		return "notices/show";
	}

	@PostMapping("/notices/{id}/objections")
	String object(@PathVariable String id, @ModelAttribute("form") ObjectionForm form, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			PublicObjections.Filed filed = objections.file(id,
					new PublicObjections.Filing(form.applicationId(), form.reason(), form.name(), form.contact()),
					request.getRemoteAddr(), PublicObjections.Channel.PAGE);
			redirect.addFlashAttribute("filed", filed);
			return "redirect:/notices/" + filed.noticeId() + "#objection";
		}
		catch (ObjectionRefusedException refused) {
			response.setStatus(switch (refused.why()) {
				case PERIOD_OVER -> HttpStatus.CONFLICT.value();
				case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS.value();
				case INVALID -> HttpStatus.BAD_REQUEST.value();
			});
			if (refused.retryAfter() != null) {
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, refused.retryAfter().toSeconds())));
			}
			model.addAttribute("refusal", refused.getMessage());
			model.addAttribute("errors", refused.fields());
			return show(id, model);
		}
	}

	@GetMapping("/notices/{id}.xlsx")
	ResponseEntity<byte[]> spreadsheet(@PathVariable String id) {
		Notice notice = notices.find(id).orElseThrow(() -> new NoticeNotFoundException(id));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		table(notice).writeTo(out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XlsxTable.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(notice.id() + " 公示名单.xlsx", StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(out.toByteArray());
	}

	/** The notice's list: one row per approved item, with its entry's number, enterprise and district. */
	static XlsxTable table(Notice notice) {
		XlsxTable table = new XlsxTable("公示名单", notice.title(),
				List.of("文号：" + notice.documentNo() + "　发布日期：" + notice.publishedOn() + "　公示期：" + notice.firstDay()
						+ " 至 " + notice.lastDay() + "（" + notice.workingDays() + " 个工作日）",
						"异议受理：" + notice.objectionContact()),
				List.of(Column.integer("序号"), Column.text("申报编号", 18), Column.text("企业名称", 32),
						Column.text("所属区", 10), Column.text("支持事项", 22), Column.money("扶持金额（元）")));
		for (Notice.Entry entry : notice.entries()) {
			for (Notice.Item item : entry.items()) {
				table.row(entry.position(), entry.applicationId(), entry.enterpriseName(), entry.districtName(),
						item.typeName(), item.amount());
			}
		}
		return table;
	}

}
