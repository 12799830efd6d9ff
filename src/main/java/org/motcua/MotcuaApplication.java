package org.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * motcua, the electronic one-stop system of a province and its communes.
 *
 * <p>
 * {@code java -jar motcua.jar} runs the system.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class MotcuaApplication {

	public static void main(String[] args) {
		SpringApplication.run(MotcuaApplication.class, args);
	}

}
