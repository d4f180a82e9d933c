package org.flashpoint;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FlashpointApplication {

	public static void main(String[] args) {
		SpringApplication.run(FlashpointApplication.class, args);
	}

}
