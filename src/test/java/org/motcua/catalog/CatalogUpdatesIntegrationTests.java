package org.motcua.catalog;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.motcua.platform.RequestRefused;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Taking a procedure's name and field from the national portal: an unknown code is
 * refused; a published procedure gets a new published version with everything else kept.
 */
@SpringBootTest
class CatalogUpdatesIntegrationTests {

	@Autowired
	CatalogUpdates updates;

	@Autowired
	Catalog catalog;

	@Test
	void refusesAProcedureTheCatalogDoesNotHave() {
		ProcedureCode code = ProcedureCode
			.of("1.9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000)));

		assertThatThrownBy(() -> this.updates.adoptFromPortal(code, "Cấp giấy phép tổ chức lễ hội",
				new Field("VHCS", "Văn hóa cơ sở"), LocalDate.now()))
			.isInstanceOf(RequestRefused.class);
		assertThat(this.catalog.versions(code)).isEmpty();
	}

	@Test
	void publishesANewVersionUnderThePortalsNameKeepingTheRest() {
		ProcedureCode code = ProcedureCode.of("1.010803");
		Procedure before = this.catalog.findPublished(code).orElseThrow();

		Procedure after = this.updates.adoptFromPortal(code, before.definition().name() + " (Cổng)", null,
				LocalDate.now());

		assertThat(after.status()).isEqualTo(VersionStatus.PUBLISHED);
		assertThat(after.version()).isGreaterThan(before.version());
		Procedure published = this.catalog.findPublished(code).orElseThrow();
		assertThat(published.definition().name()).isEqualTo(before.definition().name() + " (Cổng)");
		assertThat(published.definition().field()).isEqualTo(before.definition().field());
		assertThat(published.definition().processingPlan()).isEqualTo(before.definition().processingPlan());
		assertThat(published.definition().requiredDocuments()).isEqualTo(before.definition().requiredDocuments());
	}

}
