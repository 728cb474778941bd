package cn.gov.jiangmen.subsidy.api;

import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WorkingDaysController {

	/** Ten years: enough for any deadline in the programme, small enough to answer at once. */
	static final int MAX_DAYS = 3650;

	private final WorkingDays workingDays;

	WorkingDaysController(WorkingDays workingDays) {
		this.workingDays = workingDays;
	}

	@GetMapping("/api/calendar/working-days")
	WorkingDaysAnswer workingDaysAfter(@RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam("days") @Min(1) @Max(MAX_DAYS) int days) {
		return new WorkingDaysAnswer(from, days, workingDays.after(from, days));
	}

	record WorkingDaysAnswer(LocalDate from, int days, LocalDate date) {
	}

}
