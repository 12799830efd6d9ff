package org.motcua.organization;

import java.io.IOException;
import java.io.InputStream;

import org.motcua.platform.DemoMode;
import org.motcua.shared.UnitCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo province "Tỉnh An Hòa" (code 99), loaded on the first start in demo mode from
 * the CSV files under {@code organization/demo/} through the same imports as the
 * administration pages: its two districts and their communes until 2025-07-01, the merged
 * communes from that day, and the agencies and departments of both trees.
 */
@Component
@Order(10)
class DemoOrganization implements ApplicationRunner {

	static final UnitCode PROVINCE = UnitCode.of("99");

	private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

	private final DemoMode demo;

	private final Units units;

	private final UnitAdministration unitAdministration;

	private final AgencyAdministration agencyAdministration;

	DemoOrganization(DemoMode demo, Units units, UnitAdministration unitAdministration,
			AgencyAdministration agencyAdministration) {
		this.demo = demo;
		this.units = units;
		this.unitAdministration = unitAdministration;
		this.agencyAdministration = agencyAdministration;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (!this.demo.isOn() || this.units.exists(PROVINCE)) {
			return;
		}
		ImportReport units = load("units.csv", this.unitAdministration::importCsv);
		ImportReport agencies = load("agencies.csv", this.agencyAdministration::importCsv);
		ImportReport departments = load("departments.csv", this.agencyAdministration::importDepartments);
		log.info("Demo province loaded: {} units, {} agencies, {} departments", units.imported(), agencies.imported(),
				departments.imported());
	}

	private interface Import {

		ImportReport from(InputStream csv) throws IOException;

	}

	private static ImportReport load(String file, Import importer) throws IOException {
		try (InputStream in = new ClassPathResource("organization/demo/" + file).getInputStream()) {
			ImportReport report = importer.from(in);
			if (!report.isAccepted()) {
				throw new IllegalStateException("Demo " + file + " refused: " + report.errors());
			}
			return report;
		}
	}

}
