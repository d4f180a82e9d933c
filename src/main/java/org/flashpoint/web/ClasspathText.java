package org.flashpoint.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StreamUtils;

/** A text file the app ships, read when a page's controller is created. */
public final class ClasspathText {

	private ClasspathText() {
	}

	/**
	 * The file's text.
	 * @param location the classpath location, as {@code graphiql/example-query.graphql}
	 * @return its contents, read as UTF-8
	 * @throws UncheckedIOException when the file is missing or cannot be read
	 */
	public static String read(String location) {
		try {
			return StreamUtils.copyToString(new ClassPathResource(location).getInputStream(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + location, ex);
		}
	}

}
