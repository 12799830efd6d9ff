/**
 * The value types every module speaks: identifiers of people, organisations and agencies,
 * the roles of staff and citizens, and the acting person. Nothing else lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.motcua.shared;
