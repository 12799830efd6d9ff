package org.motcua.dossier.forms;

/**
 * What a form prints: one record per {@link FormKind}.
 */
public sealed interface FormContent permits DossierForm, TrackingBook {

	/** The kind of form this content fills. */
	FormKind kind();

	/** Who issues the form. */
	Issuer issuer();

}
