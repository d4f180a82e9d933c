package org.flashpoint.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.flashpoint.event.Event;

import org.springframework.core.io.ClassPathResource;

/** The rows a reader makes of a test file, and what tests ask of them. */
public record ImportRows(List<ImportRow> rows) {

	/** Reads a file on the test classpath. */
	public static ImportRows ofResource(FormatReader reader, String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return read(reader, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static ImportRows ofFile(FormatReader reader, Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return read(reader, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static ImportRows read(FormatReader reader, InputStream in) {
		try (Stream<ImportRow> rows = reader.read(in)) {
			return new ImportRows(rows.toList());
		}
	}

	public List<ImportedRecords> accepted() {
		return this.rows.stream()
			.filter(ImportRow.Accepted.class::isInstance)
			.map((row) -> ((ImportRow.Accepted) row).records())
			.toList();
	}

	public List<Long> acceptedLines() {
		return this.rows.stream().filter(ImportRow.Accepted.class::isInstance).map(ImportRow::line).toList();
	}

	public List<ImportRow.Rejected> rejected() {
		return this.rows.stream()
			.filter(ImportRow.Rejected.class::isInstance)
			.map(ImportRow.Rejected.class::cast)
			.toList();
	}

	public List<Event> events() {
		return accepted().stream().map(ImportedRecords::event).toList();
	}

	/** The accepted records of the event with this key. */
	public ImportedRecords event(String key) {
		return accepted().stream()
			.filter((records) -> records.event().id().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no event " + key));
	}

	/** How many events have each value ("null" for none), sorted. */
	public Map<String, Long> countBy(Function<Event, Object> value) {
		return events().stream()
			.collect(Collectors.groupingBy((event) -> Objects.toString(value.apply(event)), TreeMap::new,
					Collectors.counting()));
	}

}
