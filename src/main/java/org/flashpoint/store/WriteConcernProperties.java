package org.flashpoint.store;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.WriteConcern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When MongoDB acknowledges a write (its <em>write concern</em>). The default is the one
 * MongoDB promises survives a crash: a majority of the replica set has the write in its
 * on-disk journal. A {@code w}, {@code journal} or {@code wtimeoutMS} in
 * {@code spring.mongodb.uri} takes precedence over these, as the driver's own setting.
 * The embedded server accepts any write concern and ignores it; what it promises is
 * {@code flashpoint.embedded.durability}.
 *
 * @param w how many members must have the write: {@code majority}, a number ({@code 1} =
 * the primary alone) or the name of a tag set, as MongoDB's {@code w}
 * @param journal whether they must also have written it to their journal ({@code j})
 * @param timeout how long a write waits for the concern before it fails
 * ({@code wtimeout}); unset waits as long as it takes, as MongoDB does
 */
@ConfigurationProperties("flashpoint.mongodb.write-concern")
public record WriteConcernProperties(@DefaultValue("majority") String w, @DefaultValue("true") boolean journal,
		Duration timeout) {

	public WriteConcernProperties {
		if (w.isBlank()) {
			throw new IllegalArgumentException(
					"flashpoint.mongodb.write-concern.w must be majority, a number or a tag set name");
		}
		if (journal && w.equals("0")) {
			throw new IllegalArgumentException(
					"flashpoint.mongodb.write-concern: w=0 asks for no acknowledgement, so it cannot wait for the journal; set journal=false");
		}
	}

	/** The driver's write concern these properties describe. */
	public WriteConcern writeConcern() {
		WriteConcern concern = w.chars().allMatch(Character::isDigit) ? new WriteConcern(Integer.parseInt(w))
				: new WriteConcern(w);
		concern = concern.withJournal(journal);
		return (timeout != null) ? concern.withWTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS) : concern;
	}

}
