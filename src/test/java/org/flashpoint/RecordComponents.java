package org.flashpoint;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks on a record's components, for fixtures that must set every one of them: a test
 * that a copy keeps every component means nothing if the fixture leaves one empty.
 */
public final class RecordComponents {

	private RecordComponents() {
	}

	/** Asserts that no component of the record is {@code null} or an empty list. */
	public static void assertEverySet(Record record) {
		assertThat(Arrays.stream(record.getClass().getRecordComponents()).map((component) -> value(component, record)))
			.as("the components of %s", record.getClass().getSimpleName())
			.doesNotContainNull()
			.noneMatch((value) -> value instanceof List<?> list && list.isEmpty());
	}

	private static Object value(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
