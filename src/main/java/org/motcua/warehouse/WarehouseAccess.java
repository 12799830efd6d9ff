package org.motcua.warehouse;

import org.motcua.shared.Actor;

/**
 * Extension point for who may read an owner's warehouse besides the owner: staff while
 * handling a dossier of that owner. The warehouse knows no dossiers, so the dossier
 * module implements this as a Spring bean; every bean is asked, and one that answers
 * {@code true} is enough. Without any bean, staff see no warehouse.
 */
public interface WarehouseAccess {

	/**
	 * Whether {@code actor} may read the warehouse of {@code owner} for {@code purpose}.
	 * @param purpose why it is read: the code of the dossier being handled, as the caller
	 * gave it ({@code null} when none was given)
	 */
	boolean mayRead(Actor actor, OwnerId owner, String purpose);

}
