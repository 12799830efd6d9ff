package org.motcua.nationalportal;

/** The portal's two calls for a dossier. */
enum MessageKind {

	/** "Sync dossier": the whole dossier as it stands, with its national status. */
	SYNC_DOSSIER("dossiers/sync"),
	/** "Update progress": one progress record (a hand-off, an assignment, a rating). */
	UPDATE_PROGRESS("dossiers/progress");

	final String path;

	MessageKind(String path) {
		this.path = path;
	}

}
