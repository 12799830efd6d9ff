package org.motcua.catalog;

/**
 * Where a version of a procedure stands: a {@link #DRAFT} being edited, the
 * {@link #PUBLISHED} one the public sees (at most one per procedure), one
 * {@link #SUPERSEDED} by a later publication, or one {@link #WITHDRAWN} from the public.
 */
public enum VersionStatus {

	DRAFT, PUBLISHED, SUPERSEDED, WITHDRAWN

}
