package org.motcua.warehouse;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.motcua.audit.AuditTrail;
import org.motcua.audit.EntryFilter;
import org.motcua.document.Documents;
import org.motcua.shared.Actor;
import org.motcua.shared.PersonalId;
import org.motcua.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees an owner's warehouse through {@code GET /api/v1/warehouse/{ownerId}/items}:
 * the owner, and staff only with a grant for the dossier they name (and then the read is
 * in the audit trail); everyone else the same 404 as for an empty warehouse.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WarehouseApiWebTests {

	/** The dossier the test grant lets desk1 read warehouses for. */
	static final String HANDLED = "000.20.01.H99-260601-0007";

	/** The demo citizen's personal ID. */
	static final String CITIZEN1 = "034099001234";

	@TestConfiguration
	static class Grants {

		/** As the dossier module will: desk1 may read while handling {@link #HANDLED}. */
		@Bean
		WarehouseAccess handledDossier() {
			return (actor, owner, purpose) -> "desk1".equals(actor.username()) && HANDLED.equals(purpose);
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Warehouse warehouse;

	@Autowired
	Documents documents;

	@Autowired
	AuditTrail trail;

	@Autowired
	UserDetailsService users;

	@Test
	void citizenSeesTheirOwnWarehouseWithMetadataValidityProvenanceAndSignature() throws Exception {
		OwnerId owner = OwnerId.parse(CITIZEN1);
		WarehouseItem item = this.warehouse
			.deposit(WarehouseFixtures.result(owner, WarehouseFixtures.stored(this.documents)));

		this.mvc
			.perform(get("/api/v1/warehouse/" + CITIZEN1 + "/items")
				.with(user(this.users.loadUserByUsername("citizen1"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(this.warehouse.items(owner).size()))
			.andExpect(jsonPath("$.items[0].id").value(item.id()))
			.andExpect(jsonPath("$.items[0].ownerId").value(CITIZEN1))
			.andExpect(jsonPath("$.items[0].kind").value("RESULT"))
			.andExpect(jsonPath("$.items[0].typeCode").value("KQ.KHAISINH"))
			.andExpect(jsonPath("$.items[0].sha256").value(item.documentId()))
			.andExpect(jsonPath("$.items[0].number").value("123/2024/TLKS"))
			.andExpect(jsonPath("$.items[0].issuedOn").value("2024-03-01"))
			.andExpect(jsonPath("$.items[0].validity.permanent").value(true))
			.andExpect(jsonPath("$.items[0].validity.validNow").value(true))
			.andExpect(jsonPath("$.items[0].data.fullName").value("Nguyễn Văn An"))
			.andExpect(jsonPath("$.items[0].provenance.dossierCode").value("000.20.01.H99-240301-0001"))
			.andExpect(jsonPath("$.items[0].provenance.by").value("approver1"))
			.andExpect(jsonPath("$.items[0].provenance.at").value("2024-03-01T10:00:00+07:00"))
			.andExpect(jsonPath("$.items[0].signature.status").value("SIGNED_INTACT"))
			.andExpect(jsonPath("$.items[0].revoked").value(false));
	}

	@Test
	void anotherCitizensWarehouseIsNotFoundLikeAnEmptyOne() throws Exception {
		OwnerId other = WarehouseFixtures.person();
		this.warehouse.deposit(WarehouseFixtures.result(other, WarehouseFixtures.stored(this.documents)));
		String empty = WarehouseFixtures.person().value();

		this.mvc
			.perform(get("/api/v1/warehouse/" + other + "/items").with(user(this.users.loadUserByUsername("citizen1"))))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.code").value("warehouse.not-found"));
		this.mvc.perform(get("/api/v1/warehouse/" + empty + "/items").with(authentication(citizen(empty))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(0)))
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void staffWithoutAGrantGetNotFoundAndNothingIsAudited() throws Exception {
		OwnerId owner = WarehouseFixtures.person();
		this.warehouse.deposit(WarehouseFixtures.result(owner, WarehouseFixtures.stored(this.documents)));

		this.mvc.perform(get("/api/v1/warehouse/" + owner + "/items").header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("warehouse.not-found"));
		this.mvc
			.perform(get("/api/v1/warehouse/" + owner + "/items").param("dossier", "000.20.01.H99-260601-0008")
				.header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/warehouse/" + owner + "/items").param("dossier", HANDLED)
				.header("Authorization", "Bearer demo-desk3"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/warehouse/" + owner + "/items").param("dossier", HANDLED)
				.header("Authorization", "Bearer demo-admin"))
			.andExpect(status().isNotFound());

		assertThat(reads(owner).items()).isEmpty();
	}

	@Test
	void staffWithAGrantSeeTheWarehouseAndTheReadIsAuditedWithItsPurpose() throws Exception {
		OwnerId owner = WarehouseFixtures.person();
		WarehouseItem item = this.warehouse
			.deposit(WarehouseFixtures.result(owner, WarehouseFixtures.stored(this.documents)));

		this.mvc
			.perform(get("/api/v1/warehouse/" + owner + "/items").param("dossier", HANDLED)
				.header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(item.id()));

		assertThat(reads(owner).items()).singleElement().satisfies(entry -> {
			assertThat(entry.username()).isEqualTo("desk1");
			assertThat(entry.purpose()).isEqualTo(HANDLED);
		});
	}

	@Test
	void refusesAMalformedOwnerAndAnonymousCallers() throws Exception {
		for (String bad : new String[] { "12345", "03409900123x", "0340990012345" }) {
			this.mvc.perform(get("/api/v1/warehouse/" + bad + "/items").header("Authorization", "Bearer demo-desk1"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.code").value("warehouse.owner-malformed"));
		}
		this.mvc.perform(get("/api/v1/warehouse/" + CITIZEN1 + "/items")).andExpect(status().isUnauthorized());
	}

	@Test
	void staffPageListsTheItemsOnlyWithAGrantAndAuditsTheRead() throws Exception {
		OwnerId owner = WarehouseFixtures.person();
		this.warehouse.deposit(WarehouseFixtures.result(owner, WarehouseFixtures.stored(this.documents)));

		this.mvc.perform(get("/warehouse/" + owner).with(user(this.users.loadUserByUsername("desk1"))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/warehouse/" + owner).param("dossier", HANDLED)
				.with(user(this.users.loadUserByUsername("desk1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kho dữ liệu điện tử của " + owner)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("123/2024/TLKS")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Còn hiệu lực")));
		this.mvc.perform(get("/warehouse/12345").with(user(this.users.loadUserByUsername("desk1"))))
			.andExpect(status().isBadRequest());

		assertThat(reads(owner).items()).singleElement()
			.satisfies(entry -> assertThat(entry.purpose()).isEqualTo(HANDLED));
	}

	private org.motcua.audit.EntryPage reads(OwnerId owner) {
		return this.trail
			.find(new EntryFilter(null, AuditTrail.READ, Warehouse.AUDIT_SUBJECT, owner.value(), null, null), 0, 50);
	}

	/** A citizen logged in with {@code personalId} (as after a VNeID login). */
	static UsernamePasswordAuthenticationToken citizen(String personalId) {
		Actor actor = new Actor(-1, personalId, "Công dân thử", Set.of(Role.CITIZEN), null, null,
				PersonalId.of(personalId));
		Actor.Bearer principal = () -> actor;
		return UsernamePasswordAuthenticationToken.authenticated(principal, null,
				Set.of(new SimpleGrantedAuthority(Role.CITIZEN.authority())));
	}

}
