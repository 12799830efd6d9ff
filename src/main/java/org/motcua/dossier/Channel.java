package org.motcua.dossier;

/** How a dossier came in, and how a result goes out. */
public enum Channel {

	/** At the desk (trực tiếp). */
	COUNTER,
	/** Online (trực tuyến). */
	ONLINE,
	/** By the public postal service (bưu chính công ích). */
	POST

}
