package org.motcua.statistics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The statistics' command-line options: {@code --statistics-rebuild} rebuilds the read
 * model from the dossiers; {@code --statistics-generate=N} (with
 * {@code --statistics-year=YYYY} and {@code --statistics-seed=S}) generates a
 * province-year of N dossiers into it. After either, the application exits.
 */
@Component
@Order(100)
class StatisticsCommands implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StatisticsCommands.class);

	private final ReadModel model;

	private final ProvinceYear generator;

	private final ConfigurableApplicationContext context;

	StatisticsCommands(ReadModel model, ProvinceYear generator, ConfigurableApplicationContext context) {
		this.model = model;
		this.generator = generator;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean ran = false;
		if (args.containsOption("statistics-rebuild")) {
			long started = System.nanoTime();
			int counted = this.model.rebuild();
			log.info("Rebuilt the statistics from {} dossiers in {} s", counted, (System.nanoTime() - started) / 1e9);
			ran = true;
		}
		if (args.containsOption("statistics-generate")) {
			int count = Integer.parseInt(args.getOptionValues("statistics-generate").get(0));
			int year = args.containsOption("statistics-year")
					? Integer.parseInt(args.getOptionValues("statistics-year").get(0)) : 2025;
			long seed = args.containsOption("statistics-seed")
					? Long.parseLong(args.getOptionValues("statistics-seed").get(0)) : 2026L;
			long started = System.nanoTime();
			this.generator.generate(count, year, seed);
			log.info("Generated {} dossiers in {} s", count, (System.nanoTime() - started) / 1e9);
			ran = true;
		}
		if (ran) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

}
