package org.flashpoint;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

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

	/** The offline commands, by the first argument that names them, and the property that enables each. */
	private static final Map<String, String> COMMANDS = Map.of(ImportCommand.NAME, ImportCommand.PROPERTY,
			CheckCommand.NAME, CheckCommand.PROPERTY);

	/**
	 * Serves the API; {@code import --format=gdelt FILE...} instead loads files offline, and
	 * {@code check} verifies the database's references, each without a web server, exiting
	 * with the outcome.
	 */
	public static void main(String[] args) {
		Optional<SpringApplicationBuilder> command = (args.length > 0) ? command(args[0]) : Optional.empty();
		if (command.isPresent()) {
			System.exit(SpringApplication.exit(command.get().run(Arrays.copyOfRange(args, 1, args.length))));
		}
		SpringApplication.run(FlashpointApplication.class, args);
	}

	/**
	 * The application that runs the named offline command, if there is one: no web server,
	 * no demo data seeded, the command's runner enabled.
	 */
	public static Optional<SpringApplicationBuilder> command(String name) {
		return Optional.ofNullable(COMMANDS.get(name))
			.map((property) -> new SpringApplicationBuilder(FlashpointApplication.class).web(WebApplicationType.NONE)
				.properties(property + "=true", "flashpoint.seed=false", "spring.main.banner-mode=off"));
	}

}
