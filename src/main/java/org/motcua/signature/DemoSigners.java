package org.motcua.signature;

import java.time.LocalDate;
import java.util.List;

import org.motcua.organization.Agency;
import org.motcua.organization.Organization;
import org.motcua.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, makes sure on start that the demo signers have their test certificates:
 * the demo staff who sign (desks, specialists, heads, approvers) and every current agency
 * (its seal). Certificates already there are kept; others signers get theirs on first
 * use.
 */
@Component
@Order(40)
class DemoSigners implements ApplicationRunner {

	static final List<String> OFFICERS = List.of("desk1", "desk2", "desk3", "specialist1", "specialist2", "head1",
			"approver1", "approver2");

	private static final Logger log = LoggerFactory.getLogger(DemoSigners.class);

	private final DemoMode demo;

	private final SignatureProperties properties;

	private final Signing signing;

	private final Organization organization;

	private final java.time.Clock clock;

	DemoSigners(DemoMode demo, SignatureProperties properties, Signing signing, Organization organization,
			java.time.Clock clock) {
		this.demo = demo;
		this.properties = properties;
		this.signing = signing;
		this.organization = organization;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.isOn() || this.properties.signer() != SignatureProperties.SignerKind.PKCS12) {
			return;
		}
		long start = System.nanoTime();
		int ready = 0;
		for (String username : OFFICERS) {
			ready += this.signing.canSign(SignerId.officer(username)) ? 1 : 0;
		}
		for (Agency agency : this.organization.agencies(LocalDate.now(this.clock))) {
			ready += this.signing.canSign(SignerId.agency(agency.code())) ? 1 : 0;
		}
		log.info("Demo signers ready: {} test certificates from \"{}\" ({} ms)", ready, DemoCertificates.CA_NAME,
				(System.nanoTime() - start) / 1_000_000);
	}

}
