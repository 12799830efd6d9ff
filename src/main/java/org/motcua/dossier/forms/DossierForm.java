package org.motcua.dossier.forms;

/**
 * The content of a form about one dossier (every form but the tracking book); it carries
 * a QR code.
 */
public sealed interface DossierForm extends FormContent
		permits Receipt, SupplementRequest, Refusal, Apology, StopNotice, ControlSlip {

	/** The dossier the form is about. */
	DossierFacts dossier();

}
