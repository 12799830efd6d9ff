package org.motcua.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;

import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;
import org.motcua.account.StaffAccount;
import org.motcua.account.StaffDirectory;
import org.motcua.organization.Agency;
import org.motcua.organization.Organization;
import org.motcua.shared.AgencyCode;

/**
 * The demo certificate authority and its certificates, for demo mode only: a CA named
 * {@value #CA_NAME} and, per demo signer, a PKCS#12 key store with an EC P-256 key and a
 * certificate naming the officer (or the agency) and marked as a test certificate. All
 * are written once under the data directory and read back on restart.
 */
class DemoCertificates {

	static final String CA_NAME = "motcua DEMO CA — test only / chỉ dùng thử";

	static final String TEST_ONLY = "DEMO — test only / chỉ dùng thử";

	/** Not registered: only for the key bags (the JDK's AES for PBES2 does not pad). */
	private static final BouncyCastleProvider BOUNCY_CASTLE = new BouncyCastleProvider();

	private static final char[] CA_PASSWORD = "motcua-demo-ca".toCharArray();

	private final Path directory;

	private final StaffDirectory staff;

	private final Organization organization;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private volatile Authority authority;

	private record Authority(PrivateKey key, X509Certificate certificate) {
	}

	/**
	 * @param directory where the CA is kept ({@code ${motcua.data-dir}/signature})
	 */
	DemoCertificates(Path directory, StaffDirectory staff, Organization organization, Clock clock) {
		this.directory = directory;
		this.staff = staff;
		this.organization = organization;
		this.clock = clock;
	}

	/** The demo CA's certificate, the CA created on first need. */
	X509Certificate authorityCertificate() {
		return authority().certificate();
	}

	/**
	 * Writes a key store for a demo signer to {@code file}, unless it exists. Refuses
	 * (answers {@code false}) a signer who is not a staff account or an agency.
	 */
	synchronized boolean issue(SignerId signer, Path file, char[] password) {
		if (Files.isRegularFile(file)) {
			return true;
		}
		Optional<X500Name> subject = subjectOf(signer);
		if (subject.isEmpty()) {
			return false;
		}
		issue(subject.get(), newKeyPair(), signer.key(), file, password);
		return true;
	}

	/** Certifies {@code pair} for {@code subject} and writes both to a key store. */
	void issue(X500Name subject, KeyPair pair, String alias, Path file, char[] password) {
		Authority ca = authority();
		X509Certificate certificate = certify(subject, pair.getPublic(), ca, false, Duration.ofDays(5 * 366));
		write(file, alias, pair.getPrivate(), password, certificate, ca.certificate());
	}

	private Optional<X500Name> subjectOf(SignerId signer) {
		return switch (signer.kind()) {
			case OFFICER -> this.staff.findByUsername(signer.id()).map(this::subjectOf);
			case AGENCY -> agency(signer.id()).map(agency -> name(agency.name(), agency.name(), null));
		};
	}

	private X500Name subjectOf(StaffAccount account) {
		String agency = this.organization.findAgency(account.agency())
			.map(Agency::name)
			.orElse(account.agency().value());
		return name(account.displayName(), agency, account.username());
	}

	private Optional<Agency> agency(String code) {
		try {
			return this.organization.findAgency(AgencyCode.of(code));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static X500Name name(String commonName, String organisation, String uid) {
		X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
			.addRDN(BCStyle.O, organisation)
			.addRDN(BCStyle.OU, TEST_ONLY)
			.addRDN(BCStyle.CN, commonName);
		if (uid != null) {
			name.addRDN(BCStyle.UID, uid);
		}
		return name.build();
	}

	private Authority authority() {
		Authority ca = this.authority;
		if (ca == null) {
			synchronized (this) {
				ca = this.authority;
				if (ca == null) {
					ca = loadOrCreateAuthority();
					this.authority = ca;
				}
			}
		}
		return ca;
	}

	private Authority loadOrCreateAuthority() {
		Path file = this.directory.resolve("demo-ca.p12");
		try {
			if (!Files.isRegularFile(file)) {
				KeyPair pair = newKeyPair();
				X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
					.addRDN(BCStyle.O, "motcua")
					.addRDN(BCStyle.OU, TEST_ONLY)
					.addRDN(BCStyle.CN, CA_NAME)
					.build();
				X509Certificate certificate = certify(name, pair.getPublic(), new Authority(pair.getPrivate(), null),
						true, Duration.ofDays(20 * 366));
				write(file, "demo-ca", pair.getPrivate(), CA_PASSWORD, certificate);
				Files.writeString(this.directory.resolve("demo-ca.pem"), pem(certificate), StandardCharsets.US_ASCII);
			}
			KeyStore store = KeyStore.getInstance("PKCS12");
			try (InputStream in = Files.newInputStream(file)) {
				store.load(in, CA_PASSWORD);
			}
			return new Authority((PrivateKey) store.getKey("demo-ca", CA_PASSWORD),
					(X509Certificate) store.getCertificate("demo-ca"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read the demo CA " + file, ex);
		}
	}

	private KeyPair newKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), this.random);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A certificate for {@code subject}, signed by {@code ca} (self-signed when it has
	 * none).
	 */
	private X509Certificate certify(X500Name subject, PublicKey key, Authority ca, boolean isAuthority,
			Duration validity) {
		try {
			Instant now = this.clock.instant();
			X500Name issuer = ca.certificate() == null ? subject
					: X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
					new BigInteger(64, this.random).add(BigInteger.ONE), Date.from(now.minus(Duration.ofDays(1))),
					Date.from(now.plus(validity)), subject, key);
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isAuthority));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(isAuthority
					? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key));
			builder.addExtension(Extension.authorityKeyIdentifier, false,
					ca.certificate() == null ? extensions.createAuthorityKeyIdentifier(key)
							: extensions.createAuthorityKeyIdentifier(ca.certificate()));
			return new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(ca.key())));
		}
		catch (GeneralSecurityException | OperatorCreationException | IOException ex) {
			throw new IllegalStateException("Cannot issue a demo certificate for " + subject, ex);
		}
	}

	/**
	 * Writes a one-key PKCS#12 store, through a temporary file so no reader sees half of
	 * it. Its password is public (demo), so the key and the MAC are derived with one
	 * PBKDF2 iteration: writing and reading a demo store costs microseconds, not the tens
	 * of milliseconds of the usual 10,000 iterations.
	 */
	private void write(Path file, String alias, PrivateKey key, char[] password, X509Certificate... chain) {
		try {
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			DERBMPString name = new DERBMPString(alias);
			var localKeyId = extensions.createSubjectKeyIdentifier(chain[0].getPublicKey());
			PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
			for (int i = 0; i < chain.length; i++) {
				JcaPKCS12SafeBagBuilder bag = new JcaPKCS12SafeBagBuilder(chain[i]);
				if (i == 0) {
					bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, name);
					bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId);
				}
				pfx.addData(bag.build());
			}
			JcaPKCS12SafeBagBuilder keyBag = new JcaPKCS12SafeBagBuilder(key,
					new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
						.setPRF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE))
						.setProvider(BOUNCY_CASTLE)
						.setIterationCount(1)
						.build(password));
			keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, name);
			keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId);
			pfx.addData(keyBag.build());
			byte[] encoded = pfx
				.build(new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256).setProvider(BOUNCY_CASTLE)
					.setIterationCount(1), password)
				.getEncoded();
			Files.createDirectories(file.getParent());
			Path temporary = Files.createTempFile(file.getParent(), alias, ".tmp");
			Files.write(temporary, encoded);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException | OperatorCreationException | PKCSException ex) {
			throw new IllegalStateException("Cannot write the key store " + file, ex);
		}
	}

	static String pem(X509Certificate certificate) {
		try {
			return "-----BEGIN CERTIFICATE-----\n"
					+ Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(certificate.getEncoded())
					+ "\n-----END CERTIFICATE-----\n";
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
