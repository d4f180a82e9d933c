package org.flashpoint;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.flashpoint.activity.RollupsCommand;
import org.flashpoint.ingest.ImportCommand;
import org.flashpoint.integrity.CheckCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FlashpointApplication {

	/**
	 * The offline commands, by the first argument that names them, and the property that
	 * enables each.
	 */
	private static final Map<String, String> COMMANDS = Map.of(ImportCommand.NAME, ImportCommand.PROPERTY,
			CheckCommand.NAME, CheckCommand.PROPERTY, RollupsCommand.NAME, RollupsCommand.PROPERTY);

	/** The option that makes an offline command log as much as the server does. */
	static final String VERBOSE = "--verbose";

	/**
	 * What an offline command logs without {@code --verbose}: warnings and errors only
	 * (its output is the progress and the summary), and none of the startup failure
	 * reports, which {@link CommandFailure} puts in one line.
	 */
	private static final String[] QUIET = { "logging.level.root=WARN", "logging.level.org.flashpoint=WARN",
			"spring.main.log-startup-info=false", "logging.level.org.springframework.boot.SpringApplication=OFF",
			"logging.level.org.springframework.boot.diagnostics=OFF",
			"logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=ERROR" };

	/**
	 * Serves the API; {@code import --format=gdelt FILE...} instead loads files offline,
	 * {@code check} verifies the database's references and {@code rollups --rebuild}
	 * recounts the activity rollups, each without a web server, exiting with the outcome
	 * ({@code --verbose} for INFO logs).
	 */
	public static void main(String[] args) {
		String[] rest = (args.length > 0) ? Arrays.copyOfRange(args, 1, args.length) : args;
		Optional<SpringApplicationBuilder> command = (args.length > 0)
				? command(args[0], Arrays.asList(rest).contains(VERBOSE)) : Optional.empty();
		if (command.isPresent()) {
			System.exit(runCommand(args[0], command.get(), rest));
		}
		SpringApplication.run(FlashpointApplication.class, args);
	}

	/**
	 * Runs an offline command to its end: its exit code, or 1 with one line on standard
	 * error naming why it could not run (a locked file store, an unreachable MongoDB).
	 */
	static int runCommand(String name, SpringApplicationBuilder command, String... args) {
		try {
			return SpringApplication.exit(command.run(args));
		}
		catch (RuntimeException ex) {
			System.err.println(name + ": " + CommandFailure.describe(ex));
			return 1;
		}
	}

	/**
	 * The application that runs the named offline command, if there is one: no web
	 * server, no demo data seeded, the command's runner enabled, logging at WARN.
	 */
	public static Optional<SpringApplicationBuilder> command(String name) {
		return command(name, false);
	}

	/**
	 * As {@link #command(String)}; {@code verbose} logs as the server does (INFO), and
	 * the whole exception when the command cannot start.
	 */
	public static Optional<SpringApplicationBuilder> command(String name, boolean verbose) {
		return Optional.ofNullable(COMMANDS.get(name))
			.map((property) -> new SpringApplicationBuilder(FlashpointApplication.class).web(WebApplicationType.NONE)
				.properties(property + "=true", "flashpoint.seed=false", "spring.main.banner-mode=off")
				.properties(verbose ? new String[0] : QUIET));
	}

}
