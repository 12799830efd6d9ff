package org.motcua.organization;

import org.motcua.shared.AgencyCode;

/**
 * A department (phòng ban) of an agency; its code is unique within the agency, e.g.
 * {@code VP}, {@code HCTP}.
 */
public record Department(AgencyCode agency, String code, String name) {

}
