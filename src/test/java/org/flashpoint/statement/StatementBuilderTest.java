package org.flashpoint.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flashpoint.RecordComponents;
import org.flashpoint.event.DatePrecision;
import org.flashpoint.core.ExternalId;
import org.flashpoint.source.Report;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Statement#toBuilder()} is what merges and event deletions copy a statement with:
 * a component it forgot would be lost from the stored record.
 */
class StatementBuilderTest {

	private static Statement everyComponentSet() {
		return new Statement("s1", "a1", "We will respond", "A warning", StatementKind.WARNING,
				LocalDate.of(2024, 5, 1), DatePrecision.DAY, List.of("a2"), List.of("a3"), List.of("e1", "e2"),
				List.of(new Report("o1", "https://example.org/s", "Headline", LocalDate.of(2024, 5, 1), "Excerpt")),
				"levant", List.of(new ExternalId("MANUAL", "s-1")), null, 3L, Instant.parse("2024-05-01T00:00:00Z"),
				Instant.parse("2024-05-02T00:00:00Z"));
	}

	@Test
	void theFixtureSetsEveryComponent() {
		RecordComponents.assertEverySet(everyComponentSet());
	}

	@Test
	void copiesKeepEveryComponentTheyDoNotChange() {
		Statement statement = everyComponentSet();
		assertThat(statement.toBuilder().build()).isEqualTo(statement);
		assertThat(statement.withoutAboutEvent("e1"))
			.isEqualTo(statement.toBuilder().aboutEventIds(List.of("e2")).build())
			.extracting(Statement::aboutEventIds)
			.isEqualTo(List.of("e2"));
		Statement merged = statement.withActorsReplaced(Map.of("a1", "b1", "a3", "b3"));
		assertThat(merged.speakerId()).isEqualTo("b1");
		assertThat(merged.mentionIds()).containsExactly("b3");
		assertThat(merged.toBuilder().speakerId("a1").mentionIds(List.of("a3")).build()).isEqualTo(statement);
	}

}
