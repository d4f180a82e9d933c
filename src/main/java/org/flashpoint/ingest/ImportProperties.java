package org.flashpoint.ingest;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and bookkeeping of imports ({@code flashpoint.imports.*}). The limits keep a
 * hostile or broken file from taking the server's memory or disk: a file over a limit is
 * refused with the limit's name, a row over a limit is rejected alone.
 *
 * @param maxUploadSize the largest request body {@code POST /imports} spools (HTTP 413
 * beyond); the command line reads local files and does not apply it
 * @param maxDecompressedSize the most a gzip file, or all entries of a zip together, may
 * expand to; the job fails at that point
 * @param maxLineLength the longest physical line, in characters; a longer one rejects its
 * row
 * @param maxFieldLength the longest value, in characters (a quoted value may span lines);
 * a longer one rejects its row
 * @param maxErrors how many rejected rows a job lists with their line and reason; the
 * count covers them all
 * @param spoolDir where uploads wait for their import, one file per job; by default the
 * folder {@code flashpoint-imports} in the system's temporary folder
 * @param heartbeatInterval how often a server marks the jobs it runs or queues as alive
 * @param staleAfter how long a job on a shared database may show no sign of life before
 * another server takes it for dead and marks it FAILED
 */
@ConfigurationProperties("flashpoint.imports")
public record ImportProperties(@DefaultValue("2GB") DataSize maxUploadSize,
		@DefaultValue("4GB") DataSize maxDecompressedSize, @DefaultValue("1000000") int maxLineLength,
		@DefaultValue("100000") int maxFieldLength, @DefaultValue("100") int maxErrors, Path spoolDir,
		@DefaultValue("5s") Duration heartbeatInterval, @DefaultValue("1m") Duration staleAfter) {

	public ImportProperties {
		if (maxUploadSize.toBytes() <= 0 || maxDecompressedSize.toBytes() <= 0 || maxLineLength <= 0
				|| maxFieldLength <= 0 || maxErrors < 0) {
			throw new IllegalArgumentException("flashpoint.imports.max-* must be positive");
		}
		// Two missed heartbeats must not be enough to take a live job for dead.
		if (staleAfter.compareTo(heartbeatInterval.multipliedBy(3)) < 0) {
			throw new IllegalArgumentException(
					"flashpoint.imports.stale-after (%s) must be at least three times ".formatted(staleAfter)
							+ "flashpoint.imports.heartbeat-interval (%s)".formatted(heartbeatInterval));
		}
		spoolDir = (spoolDir != null) ? spoolDir : Path.of(System.getProperty("java.io.tmpdir"), "flashpoint-imports");
	}

	/** The limits a reader applies to each line and value. */
	public TextLimits textLimits() {
		return TextLimits.of(this.maxLineLength, this.maxFieldLength);
	}

}
