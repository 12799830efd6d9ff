package org.motcua.catalog;

/** The sector (lĩnh vực) of a procedure, e.g. {@code HT} "Hộ tịch". */
public record Field(String code, String name) {

}
