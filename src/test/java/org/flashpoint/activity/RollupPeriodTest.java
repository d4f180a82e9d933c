package org.flashpoint.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A period read as the fewest day, month and year documents, and no day twice. */
class RollupPeriodTest {

	@Test
	void aRangeIsCoveredByWholeYearsThenWholeMonthsThenDays() {
		List<String> ids = RollupPeriod.cover(LocalDate.of(2022, 12, 30), LocalDate.of(2025, 2, 3))
			.stream()
			.map((period) -> period.granularity().name().charAt(0) + period.id())
			.toList();
		assertThat(ids).containsExactly("D2022-12-30", "D2022-12-31", "Y2023", "Y2024", "M2025-01", "D2025-02-01",
				"D2025-02-02", "D2025-02-03");
	}

	@Test
	void everyDayOfARandomRangeIsCoveredExactlyOnce() {
		Random random = new Random(7);
		for (int round = 0; round < 500; round++) {
			LocalDate from = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2000));
			LocalDate to = from.plusDays(random.nextInt(900));
			List<LocalDate> covered = new ArrayList<>();
			for (RollupPeriod period : RollupPeriod.cover(from, to)) {
				covered.addAll(period.start().datesUntil(period.end().plusDays(1)).toList());
			}
			assertThat(covered).as("%s to %s", from, to).isEqualTo(from.datesUntil(to.plusDays(1)).toList());
		}
	}

	@Test
	void aYearHasTwelveMonthsAndAMonthItsDays() {
		assertThat(RollupPeriod.year(2024).parts(RollupPeriod.Granularity.MONTH)).hasSize(12);
		assertThat(RollupPeriod.month(LocalDate.of(2024, 2, 10)).parts(RollupPeriod.Granularity.DAY)).hasSize(29)
			.last()
			.isEqualTo(RollupPeriod.day(LocalDate.of(2024, 2, 29)));
	}

}
