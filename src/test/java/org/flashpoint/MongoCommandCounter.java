package org.flashpoint;

import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counts the commands the MongoDB driver sends, through the driver
 * {@code CommandListener} that Spring Boot's metrics register
 * ({@code mongodb.driver.commands}, one timer per command and collection) — the same
 * numbers an operator sees in {@code /actuator/metrics}.
 */
public final class MongoCommandCounter {

	private final MeterRegistry registry;

	public MongoCommandCounter(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Commands sent so far, by "command collection". */
	public Map<String, Long> snapshot() {
		Map<String, Long> counts = new TreeMap<>();
		for (Timer timer : this.registry.find("mongodb.driver.commands").timers()) {
			String key = timer.getId().getTag("command") + " " + timer.getId().getTag("collection");
			counts.merge(key, timer.count(), Long::sum);
		}
		return counts;
	}

	/** The commands {@code action} sends, by "command collection". */
	public Map<String, Long> during(Runnable action) {
		Map<String, Long> before = snapshot();
		action.run();
		Map<String, Long> sent = new TreeMap<>();
		snapshot().forEach((key, count) -> {
			long delta = count - before.getOrDefault(key, 0L);
			if (delta > 0) {
				sent.put(key, delta);
			}
		});
		return sent;
	}

}
