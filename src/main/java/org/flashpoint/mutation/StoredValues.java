package org.flashpoint.mutation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.flashpoint.core.UserErrorCode;

/**
 * What the store can hold exactly as a client sent it, checked once for every argument
 * and input field, whatever its type declares:
 * <ul>
 * <li>dates and instants in the years 0001 to 9999. Dates are stored as ISO strings,
 * which sort and range-filter chronologically only while every year has four digits
 * ({@code -0001}, {@code 0000} and {@code +10000} sort as text, not as years); instants
 * are stored as milliseconds since 1970, which overflow long before year -999999999;</li>
 * <li>strings of at most {@link InputProperties#maxStringLength()} characters;</li>
 * <li>strings without unpaired surrogates: the store encodes strings as UTF-8, which
 * cannot encode half a surrogate pair, and would silently keep U+FFFD instead of what the
 * client was told had been stored.</li>
 * </ul>
 * Queries see the problems as BAD_REQUEST errors ({@code StoredValuesInstrumentation}),
 * mutations as userErrors ({@link InputValidator}).
 */
@Component
public class StoredValues {

	/** The first and last day a client may send. */
	public static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);

	public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

	private static final Instant MIN_INSTANT = MIN_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);

	private static final Instant MAX_INSTANT = MAX_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

	private final int maxStringLength;

	public StoredValues(InputProperties properties) {
		this.maxStringLength = properties.maxStringLength();
	}

	/**
	 * A value the store cannot hold as sent, at a path of field names and list indexes
	 * below the value checked.
	 */
	public record Problem(List<Object> path, UserErrorCode code, String message) {

	}

	/**
	 * Every problem in a value: a coerced GraphQL argument (maps, lists, scalars) or a
	 * bound input record.
	 */
	public List<Problem> check(Object value) {
		List<Problem> problems = new ArrayList<>();
		check(value, new ArrayList<>(), problems);
		return problems;
	}

	/** Whether a string can be stored as it is, within {@code maxLength} characters. */
	public boolean isStorable(String text, int maxLength) {
		return text.length() <= Math.min(maxLength, this.maxStringLength) && unpairedSurrogate(text) < 0;
	}

	private void check(Object value, List<Object> path, List<Problem> problems) {
		if (value instanceof String text) {
			checkString(text, path, problems);
		}
		else if (value instanceof LocalDate date) {
			if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
				problems.add(new Problem(List.copyOf(path), UserErrorCode.INVALID,
						"%s is not a date from %s to %s".formatted(date, MIN_DATE, MAX_DATE)));
			}
		}
		else if (value instanceof Instant instant) {
			if (instant.isBefore(MIN_INSTANT) || !instant.isBefore(MAX_INSTANT)) {
				problems.add(new Problem(List.copyOf(path), UserErrorCode.INVALID, "%s is not an instant from %s to %s"
					.formatted(instant, MIN_INSTANT, MAX_INSTANT.minusMillis(1))));
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, element) -> check(element, with(path, key), problems));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				check(list.get(i), with(path, i), problems);
			}
		}
		else if (value instanceof Record record) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				check(read(record, component), with(path, component.getName()), problems);
			}
		}
	}

	private void checkString(String text, List<Object> path, List<Problem> problems) {
		if (text.length() > this.maxStringLength) {
			problems.add(new Problem(List.copyOf(path), UserErrorCode.TOO_LONG,
					"must be at most %d characters long, was %d".formatted(this.maxStringLength, text.length())));
			return;
		}
		int at = unpairedSurrogate(text);
		if (at >= 0) {
			problems.add(new Problem(List.copyOf(path), UserErrorCode.INVALID,
					"holds an unpaired surrogate (U+%04X) at character %d, which is not text: send valid UTF-16"
						.formatted((int) text.charAt(at), at)));
		}
	}

	/** The index of the first half of a surrogate pair without its other half, or -1. */
	private static int unpairedSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}

	private static Object read(Record record, RecordComponent component) {
		try {
			// Input records are package-private to their feature.
			component.getAccessor().setAccessible(true);
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + component + " of an input", ex);
		}
	}

	private static List<Object> with(List<Object> path, Object next) {
		List<Object> longer = new ArrayList<>(path);
		longer.add(next);
		return longer;
	}

}
