package org.flashpoint.statement;

import java.time.LocalDate;
import java.util.List;

/** Which statements to list, as a client asks in {@code statements(filter:)}. */
public record StatementFilter(List<String> speakers, List<String> mentions, List<StatementKind> kinds,
		LocalDate madeFrom, LocalDate madeTo, List<String> about, List<String> regions, String text) {

}
