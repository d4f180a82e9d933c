package org.flashpoint.activity;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar flashpoint.jar rollups --rebuild}: recounts the activity rollups of
 * the configured database from its events and prints how many events were counted into
 * how many cells. Exits 0 when done, 2 without {@code --rebuild} (the one thing it does
 * is said explicitly, since it drops every cell first).
 */
@Component
@ConditionalOnProperty(name = RollupsCommand.PROPERTY, havingValue = "true")
public class RollupsCommand implements ApplicationRunner, ExitCodeGenerator {

	public static final String NAME = "rollups";

	public static final String PROPERTY = "flashpoint.command.rollups";

	static final String REBUILD = "rebuild";

	private final ActivityRebuild rebuild;

	private final ActivityRollups rollups;

	private final PrintStream out = System.out;

	private final PrintStream err = System.err;

	private int exitCode;

	RollupsCommand(ActivityRebuild rebuild, ActivityRollups rollups) {
		this.rebuild = rebuild;
		this.rollups = rollups;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(REBUILD) || !args.getNonOptionArgs().isEmpty()) {
			this.err.println("Usage: java -jar flashpoint.jar rollups --rebuild [--verbose]");
			this.exitCode = 2;
			return;
		}
		long events = this.rebuild.rebuild();
		this.out.printf("Rollups rebuilt: %,d events counted into %,d day, month and year documents.%n", events,
				this.rollups.cellCount());
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
