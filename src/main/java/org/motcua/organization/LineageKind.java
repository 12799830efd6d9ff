package org.motcua.organization;

/**
 * How a unit came from another: several merged into one, one split into several, or one
 * replaced by another under a new code.
 */
public enum LineageKind {

	MERGE, SPLIT, RENAME

}
