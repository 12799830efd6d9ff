package org.motcua;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

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
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
