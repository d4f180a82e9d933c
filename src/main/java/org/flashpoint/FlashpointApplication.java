package org.flashpoint;

import java.util.Arrays;

import org.flashpoint.ingest.ImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FlashpointApplication {

	/**
	 * Serves the API; {@code import --format=gdelt FILE...} instead loads files offline,
	 * without a web server, and exits with the outcome.
	 */
	public static void main(String[] args) {
		if (args.length > 0 && ImportCommand.NAME.equals(args[0])) {
			SpringApplication application = new SpringApplicationBuilder(FlashpointApplication.class)
				.web(WebApplicationType.NONE)
				.properties(ImportCommand.PROPERTY + "=true", "flashpoint.seed=false",
						"spring.main.banner-mode=off")
				.build();
			System.exit(SpringApplication.exit(application.run(Arrays.copyOfRange(args, 1, args.length))));
		}
		SpringApplication.run(FlashpointApplication.class, args);
	}

}
