package org.motcua.document;

import org.motcua.shared.Actor;

/**
 * Extension point for who may download a document besides its uploader and province
 * administrators. A module that holds documents (the dossier module: the papers of the
 * dossiers an actor may see) implements this as a Spring bean; every bean is asked before
 * a document is served, and one that answers {@code true} is enough.
 */
public interface DocumentAccess {

	/**
	 * Whether {@code actor} may download the document {@code documentId} (its SHA-256).
	 */
	boolean mayRead(Actor actor, String documentId);

}
