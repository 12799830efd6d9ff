package org.motcua;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The module rules of DESIGN.md hold: no module reaches into another's internals,
 * dependencies follow the declared order, no cycles. Also writes the module documentation
 * under {@code docs/modules}.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(MotcuaApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void catchesAModuleUsingAnotherModulesInternals() {
		// test classes are left out of module detection by default: import them for this
		// fixture
		ApplicationModules broken = ApplicationModules.of(org.motcua.fixture.violation.ViolatingApplication.class,
				location -> true);
		assertThatExceptionOfType(Violations.class).isThrownBy(broken::verify)
			.withMessageContaining("Offender")
			.withMessageContaining("Hidden");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
