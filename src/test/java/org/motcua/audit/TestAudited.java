package org.motcua.audit;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** An auditable event as any module would publish one. */
record TestAudited(String action, String subjectType, String subjectId, Origin origin,
		String summary) implements Audited {

}
