package org.motcua.catalog.administration;

import java.io.IOException;
import java.io.InputStream;

import org.motcua.catalog.persistence.Procedures;
import org.motcua.catalog.transfer.CatalogJson;
import org.motcua.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo catalog, loaded in demo mode when the catalog is empty from
 * {@code catalog/demo/catalog.json} (form templates under {@code catalog/demo/forms/})
 * through the same import as the administration pages.
 */
@Component
@Order(30)
class DemoCatalog implements ApplicationRunner {

	static final String FOLDER = "catalog/demo/";

	private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

	private final DemoMode demo;

	private final Procedures procedures;

	private final CatalogTransfer transfer;

	DemoCatalog(DemoMode demo, Procedures procedures, CatalogTransfer transfer) {
		this.demo = demo;
		this.procedures = procedures;
		this.transfer = transfer;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		ClassPathResource file = new ClassPathResource(FOLDER + "catalog.json");
		if (!this.demo.isOn() || !file.exists() || !this.procedures.isEmpty()) {
			return;
		}
		try (InputStream in = file.getInputStream()) {
			ImportReport report = this.transfer.importCatalog(CatalogJson.read(in), "demo", FOLDER);
			if (!report.isAccepted()) {
				throw new IllegalStateException("Demo catalog refused: " + report.errors());
			}
			log.info("Demo catalog loaded: {} procedures", report.published());
		}
	}

}
