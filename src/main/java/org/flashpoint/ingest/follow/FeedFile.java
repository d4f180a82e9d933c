package org.flashpoint.ingest.follow;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file GDELT lists: its size in bytes, MD5 and address, as a line of
 * {@code lastupdate.txt} or {@code masterfilelist.txt} gives them.
 */
record FeedFile(long size, String md5, URI url) {

	private static final Pattern EXPORT = Pattern.compile("(\\d{14})\\.export\\.CSV\\.zip$", Pattern.CASE_INSENSITIVE);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	/** The file's name, the last segment of its address. */
	String name() {
		String path = this.url.getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/** Whether it is an event export (not a mentions or GKG file). */
	boolean isExport() {
		return EXPORT.matcher(name()).find();
	}

	/** The 15-minute interval it covers, from its name. */
	Instant stamp() {
		Matcher matcher = EXPORT.matcher(name());
		if (!matcher.find()) {
			throw new IllegalStateException("Not an event export: " + name());
		}
		return LocalDateTime.parse(matcher.group(1), STAMP).toInstant(ZoneOffset.UTC);
	}

}
