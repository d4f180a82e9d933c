package org.flashpoint.integrity;

import java.io.PrintStream;

import org.flashpoint.integrity.IntegrityReport.BrokenReference;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar flashpoint.jar check}: runs the integrity check on the configured
 * database ({@code spring.mongodb.uri}, or the embedded file store) and prints what each
 * collection holds and every reference that does not resolve. Exits 0 when the database
 * is intact, 1 when something is broken.
 */
@Component
@ConditionalOnProperty(name = CheckCommand.PROPERTY, havingValue = "true")
public class CheckCommand implements ApplicationRunner, ExitCodeGenerator {

	public static final String NAME = "check";

	public static final String PROPERTY = "flashpoint.command.check";

	private final IntegrityCheck check;

	private final PrintStream out = System.out;

	private int exitCode;

	CheckCommand(IntegrityCheck check) {
		this.check = check;
	}

	@Override
	public void run(ApplicationArguments args) {
		IntegrityReport report = this.check.run();
		report.counts().forEach((count) -> this.out.printf("%-14s %,12d%n", count.collection(), count.documents()));
		if (report.intact()) {
			this.out.println("Every reference resolves.");
			return;
		}
		for (BrokenReference broken : report.broken()) {
			this.out.printf("BROKEN %s: %,d references to no %s%n", broken.field(), broken.count(),
					broken.targetType());
			broken.examples()
				.forEach((missing) -> this.out.printf("  %s %s -> %s%n", missing.recordType(), missing.recordKey(),
						missing.missingKey()));
		}
		this.exitCode = 1;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
