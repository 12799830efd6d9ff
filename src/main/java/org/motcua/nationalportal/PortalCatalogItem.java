package org.motcua.nationalportal;

/**
 * A procedure, agency or field as the portal lists it; {@code fieldCode} only for a
 * procedure.
 */
record PortalCatalogItem(String code, String name, String fieldCode) {

}
