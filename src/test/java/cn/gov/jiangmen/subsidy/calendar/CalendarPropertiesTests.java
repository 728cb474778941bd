package cn.gov.jiangmen.subsidy.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

class CalendarPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(CalendarConfiguration.class, WorkingDays.class);

	@Test
	void aYearCanBeAddedInYaml() {
		String yaml = """
				app:
				  calendar:
				    years:
				      2027:
				        holidays: [2027-01-01, 2027-02-08]
				        make-up-working-days:
				          - 2027-01-09
				""";
		context.withInitializer(ctx -> ctx.getEnvironment().getPropertySources().addFirst(loadYaml(yaml)))
			.run(ctx -> {
				assertThat(ctx).hasNotFailed();
				assertThat(ctx.getBean(CalendarProperties.class).years().get(2027).holidays())
					.containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 8));
				assertThat(ctx.getBean(WorkingDays.class).isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();
			});
	}

	@Test
	void aYearCanBeAddedAsCommaSeparatedProperties() {
		context.withPropertyValues("app.calendar.years[2027].holidays=2027-01-01,2027-02-08",
				"app.calendar.years[2027].make-up-working-days=2027-01-09")
			.run(ctx -> assertThat(ctx.getBean(WorkingDays.class).after(LocalDate.of(2026, 12, 31), 1))
				.isEqualTo("2027-01-04"));
	}

	@Test
	void withoutConfigurationTheLibraryAloneDecides() {
		context.run(ctx -> assertThat(ctx.getBean(WorkingDays.class).isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue());
	}

	@Test
	void aDateListedUnderTheWrongYearStopsTheApplication() {
		context.withPropertyValues("app.calendar.years[2027].holidays=2027-01-01,2028-02-08")
			.run(ctx -> assertThat(ctx).getFailure().rootCause()
				.hasMessageContaining("app.calendar.years[2027].holidays")
				.hasMessageContaining("2028-02-08"));
	}

	@Test
	void aDateListedBothAsHolidayAndMakeUpWorkingDayStopsTheApplication() {
		context.withPropertyValues("app.calendar.years[2027].holidays=2027-01-01",
				"app.calendar.years[2027].make-up-working-days=2027-01-01")
			.run(ctx -> assertThat(ctx).getFailure().rootCause().hasMessageContaining("both"));
	}

	private static PropertySource<?> loadYaml(String yaml) {
		try {
			return new YamlPropertySourceLoader().load("test.yaml", new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8))).get(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
