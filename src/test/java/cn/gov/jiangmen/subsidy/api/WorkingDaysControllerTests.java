package cn.gov.jiangmen.subsidy.api;

import cn.gov.jiangmen.subsidy.calendar.CalendarConfiguration;
import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(WorkingDaysController.class)
@Import({ CalendarConfiguration.class, WorkingDays.class })
// The calendar's answers, not web security, are under test here.
@AutoConfigureMockMvc(addFilters = false)
class WorkingDaysControllerTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void answersTheNthWorkingDayAfterADate() throws Exception {
		mvc.perform(get("/api/calendar/working-days").param("from", "2026-09-30").param("days", "5"))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"from": "2026-09-30", "days": 5, "date": "2026-10-13"}""", true));
	}

	@ParameterizedTest(name = "from={0} days={1} is refused, naming {2}")
	@CsvSource(textBlock = """
		,           5,    from
		2026-13-01, 5,    from
		30/09/2026, 5,    from
		2026-09-30, ,     days
		2026-09-30, five, days
		2026-09-30, 0,    days
		2026-09-30, -1,   days
		2026-09-30, 3651, days
		""")
	void refusesABadParameterNamingIt(String from, String days, String parameter) throws Exception {
		var request = get("/api/calendar/working-days");
		if (from != null) {
			request.param("from", from);
		}
		if (days != null) {
			request.param("days", days);
		}
		mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.parameter").value(parameter))
			.andExpect(jsonPath("$.detail").value(containsString("'" + parameter + "'")));
	}

	@Test
	void refusesToGuessInAYearWhoseHolidaysAreNotKnown() throws Exception {
		mvc.perform(get("/api/calendar/working-days").param("from", "2040-03-01").param("days", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.year").value(2040))
			.andExpect(jsonPath("$.detail").value(containsString("app.calendar.years[2040]")));
	}

}
