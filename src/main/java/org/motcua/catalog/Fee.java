package org.motcua.catalog;

/** A fee or charge (lệ phí, phí) of a procedure, with an optional note. */
public record Fee(String name, Vnd amount, String note) {

}
