package org.flashpoint;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Keeps a copy of every command the application's MongoDB driver sends, as it went on the
 * wire, so that a test can check what a request asked the database. Import it into a
 * test's context ({@code @Import(RecordedMongoCommands.class)}) and autowire it.
 */
@TestConfiguration
public class RecordedMongoCommands {

	private final List<Sent> sent = new ArrayList<>();

	@Bean
	MongoClientSettingsBuilderCustomizer recordMongoCommands() {
		return (settings) -> settings.addCommandListener(new CommandListener() {
			@Override
			public void commandStarted(CommandStartedEvent event) {
				// The driver reuses the command's buffer after this call: keep a copy.
				Sent command = new Sent(event.getCommandName(), event.getCommand().clone());
				synchronized (RecordedMongoCommands.this.sent) {
					RecordedMongoCommands.this.sent.add(command);
				}
			}
		});
	}

	/** Forgets what was sent so far. */
	public void clear() {
		synchronized (this.sent) {
			this.sent.clear();
		}
	}

	/** The commands sent since the last {@link #clear}, in the order they were sent. */
	public List<Sent> sent() {
		synchronized (this.sent) {
			return List.copyOf(this.sent);
		}
	}

	/**
	 * One command.
	 *
	 * @param name the command's name ({@code find}, {@code aggregate}, …)
	 * @param command the whole command document
	 */
	public record Sent(String name, BsonDocument command) {

		/**
		 * The collection a command names as its first value, e.g. {@code find: "events"}.
		 */
		public String collection() {
			return this.command.isString(this.name) ? this.command.getString(this.name).getValue() : "";
		}

	}

}
