package org.motcua.signature;

import java.nio.file.Path;

import org.motcua.account.StaffDirectory;
import org.motcua.organization.Organization;
import org.motcua.platform.DemoMode;
import org.motcua.platform.PlatformProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts signing together from {@code motcua.signature.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignatureProperties.class)
class SignatureConfiguration {

	@Bean
	DemoCertificates demoCertificates(PlatformProperties platform, StaffDirectory staff, Organization organization,
			java.time.Clock clock) {
		return new DemoCertificates(platform.dataDir().resolve("signature"), staff, organization, clock);
	}

	@Bean
	SigningKeys signingKeys(SignatureProperties properties, PlatformProperties platform, DemoMode demo,
			DemoCertificates demoCertificates) {
		return switch (properties.signer()) {
			case PKCS12 -> pkcs12(properties, platform, demo.isOn() ? demoCertificates : null);
			case PKCS11 -> new Pkcs11Keys(properties.pkcs11());
			case REMOTE -> new RemoteKeys(switch (properties.remote().service()) {
				case SIMULATOR ->
					new SimulatedRemoteSigning(pkcs12(properties, platform, demo.isOn() ? demoCertificates : null));
			});
		};
	}

	@Bean
	Signing signing(SigningKeys keys, SignatureProperties properties, PlatformProperties platform, DemoMode demo,
			DemoCertificates demoCertificates, java.time.Clock clock) {
		TrustAnchors anchors = TrustAnchors.of(properties.trustAnchors(),
				demo.isOn() ? demoCertificates.authorityCertificate() : null);
		PadesSigning signing = new PadesSigning(
				properties.timestampUrl() == null ? null : new TimestampAuthority(properties.timestampUrl()),
				properties.stampFont(), clock, platform.zone());
		return new Signing(keys, signing, new PadesValidation(anchors));
	}

	/**
	 * The PKCS#12 directory; {@code demo} issues demo signers' stores, {@code null}
	 * outside demo mode.
	 */
	static Pkcs12Keys pkcs12(SignatureProperties properties, PlatformProperties platform, DemoCertificates demo) {
		Path directory = properties.pkcs12().directory() != null ? properties.pkcs12().directory()
				: platform.dataDir().resolve("signature").resolve("keys");
		return new Pkcs12Keys(directory, properties.pkcs12(), demo);
	}

}
