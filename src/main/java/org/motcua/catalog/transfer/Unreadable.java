package org.motcua.catalog.transfer;

/** A catalog file that cannot be read at all: where it stopped, and why. */
public class Unreadable extends RuntimeException {

	private final String where;

	public Unreadable(String where, String why, Throwable cause) {
		super(why, cause);
		this.where = where;
	}

	public String where() {
		return this.where;
	}

}
