package org.motcua.dossier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dossier module's settings.
 *
 * @param demoDossiers how many demo dossiers the first start in demo mode loads (0: none)
 */
@ConfigurationProperties("motcua.dossier")
record DossierProperties(@DefaultValue("300") int demoDossiers) {

}
