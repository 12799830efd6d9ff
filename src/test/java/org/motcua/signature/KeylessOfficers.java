package org.motcua.signature;

import java.util.Optional;
import java.util.Set;

import org.motcua.platform.DemoMode;
import org.motcua.platform.PlatformProperties;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For tests of what happens when an officer has no signing key: the demo key store, with
 * {@link #KEYLESS} left without one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class KeylessOfficers {

	/** The officers who have no key in a context importing this configuration. */
	public static final Set<String> KEYLESS = Set.of("approver1");

	@Bean
	@Primary
	SigningKeys keylessOfficers(SignatureProperties properties, PlatformProperties platform, DemoMode demo,
			DemoCertificates certificates) {
		SigningKeys keys = SignatureConfiguration.pkcs12(properties, platform, demo.isOn() ? certificates : null);
		return signer -> signer.kind() == SignerId.Kind.OFFICER && KEYLESS.contains(signer.id()) ? Optional.empty()
				: keys.find(signer);
	}

}
