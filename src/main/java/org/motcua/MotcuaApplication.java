package org.motcua;

import java.util.Arrays;

import org.motcua.platform.Restore;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * motcua, the electronic one-stop system of a province and its communes.
 *
 * <p>
 * {@code java -jar motcua.jar} runs the system;
 * {@code java -jar motcua.jar restore <backup.zip> <data-dir>} restores a backup of an
 * embedded installation into an empty directory, without starting it ({@link Restore}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class MotcuaApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("restore")) {
			System.exit(Restore.run(System.out, System.err, Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(MotcuaApplication.class, args);
	}

}
