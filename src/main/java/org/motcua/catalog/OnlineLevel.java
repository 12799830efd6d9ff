package org.motcua.catalog;

/**
 * How far a procedure can be done online (Decree 42/2022/NĐ-CP): {@link #FULL} (toàn
 * trình: filed, handled and returned online or by post), {@link #PARTIAL} (một phần), or
 * {@link #NONE}.
 */
public enum OnlineLevel {

	FULL, PARTIAL, NONE

}
