package org.flashpoint.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small CSV tables the synthetic data is built from ({@code bench/*.csv} on the
 * test classpath): one record a line, lines starting with {@code #} are comments, a field
 * may be double-quoted to hold a comma.
 */
final class Tables {

	private Tables() {
	}

	static List<List<String>> read(String name) {
		String resource = "bench/" + name;
		try (InputStream in = Tables.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing benchmark table " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<List<String>> rows = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(fields(line));
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read benchmark table " + resource, ex);
		}
	}

	private static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

}
