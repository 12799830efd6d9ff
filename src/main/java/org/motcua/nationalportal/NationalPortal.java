package org.motcua.nationalportal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The national public service portal as this module needs it. Every call logs in first
 * when it holds no live session. A failure is a {@link PortalFailure}, never another
 * exception, whatever the portal answers.
 */
interface NationalPortal {

	/** Delivers one outbox message; a repeat of its message ID changes nothing there. */
	void send(OutboundMessage message);

	/** The dossier as the portal holds it, or empty when it does not know the code. */
	Optional<Map<String, Object>> lookUp(String dossierCode);

	/** The portal's procedures. */
	List<PortalCatalogItem> procedures();

	/** The portal's agencies. */
	List<PortalCatalogItem> agencies();

	/** The portal's fields (sectors). */
	List<PortalCatalogItem> fields();

	/** Dossiers filed on the portal for this province's procedures. */
	List<InboundDossier> newDossiers();

}
