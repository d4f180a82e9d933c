package org.flashpoint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records every command the MongoDB driver sends, to prove that a query costs a constant
 * number of round trips. Import {@link Configuration} into a test, take the counter as a
 * bean and wrap the request in {@link #during(Runnable)}:
 *
 * <pre>{@code
 * @Import(MongoCommandCounter.Configuration.class)
 * class SomeTest extends IntegrationTest {
 *     @Autowired MongoCommandCounter commands;
 *     ... List<String> sent = this.commands.during(() -> this.graphQl.document(...).execute());
 * }</pre>
 *
 * The listener is added to the client Spring Boot builds, through a
 * {@link MongoClientSettingsBuilderCustomizer}, on either backend. Server monitoring
 * (heartbeats) does not pass through command listeners, so only the application's own
 * commands are counted.
 */
public class MongoCommandCounter implements CommandListener {

	private final List<String> started = Collections.synchronizedList(new ArrayList<>());

	@Override
	public void commandStarted(CommandStartedEvent event) {
		this.started.add(event.getCommandName() + " " + collection(event));
	}

	/**
	 * Runs the action and returns the commands it sent, each as its name and the
	 * collection it addressed ({@code "aggregate events"}, {@code "find actors"}).
	 */
	public List<String> during(Runnable action) {
		int before = this.started.size();
		action.run();
		synchronized (this.started) {
			return List.copyOf(this.started.subList(before, this.started.size()));
		}
	}

	private static String collection(CommandStartedEvent event) {
		BsonValue target = event.getCommand().get(event.getCommandName());
		return (target != null && target.isString()) ? target.asString().getValue() : "";
	}

	/** Registers a {@link MongoCommandCounter} bean and adds it to the driver's command listeners. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		MongoCommandCounter mongoCommandCounter() {
			return new MongoCommandCounter();
		}

		@Bean
		MongoClientSettingsBuilderCustomizer mongoCommandCounterListener(MongoCommandCounter counter) {
			return (settings) -> settings.addCommandListener(counter);
		}

	}

}
