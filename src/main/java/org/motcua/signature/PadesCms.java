package org.motcua.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSASN1Utils;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * The CMS of a PAdES-B-B signature (ETSI EN 319 142-1, clause 6.3), built with
 * BouncyCastle's ASN.1 classes: a detached SignedData over the PDF's byte ranges,
 * SHA-256, one SignerInfo identifying the signer by issuer and serial number, the
 * signer's certificate chain, and as signed attributes only content-type (id-data),
 * message-digest and signing-certificate-v2 (the SHA-256 of the signing certificate with
 * its issuer and serial number). It has no signing-time attribute: PAdES baseline puts
 * the time in the signature dictionary's M entry instead. The signature value comes from
 * {@link SigningKey#sign} over the DER-encoded signed attributes, so a key on a token or
 * behind a remote service signs it as it signs for DSS.
 */
final class PadesCms {

	private static final AlgorithmIdentifier SHA256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);

	private static final ASN1Set DIGEST_ALGORITHMS = new DERSet(SHA256);

	private static final ContentInfo DETACHED_DATA = new ContentInfo(CMSObjectIdentifiers.data, null);

	private static final Attribute CONTENT_TYPE = new Attribute(CMSAttributes.contentType,
			new DERSet(CMSObjectIdentifiers.data));

	private static final AlgorithmIdentifier ECDSA_SHA256 = new AlgorithmIdentifier(
			X9ObjectIdentifiers.ecdsa_with_SHA256);

	/** How many signers' parts {@link #signers} keeps before it starts afresh. */
	private static final int SIGNERS_KEPT = 256;

	private final DefaultSignatureAlgorithmIdentifierFinder finder = new DefaultSignatureAlgorithmIdentifierFinder();

	private final Map<SignatureAlgorithm, AlgorithmIdentifier> algorithms = new ConcurrentHashMap<>();

	/** The parts that depend only on the chain, by chain: parsed and sorted once. */
	private final Map<List<CertificateToken>, Signer> signers = new ConcurrentHashMap<>();

	private record Signer(SignerIdentifier id, Attribute signingCertificate, ASN1Set certificates) {
	}

	/**
	 * The DER-encoded ContentInfo of the signature of {@code digest}.
	 * @param digest the SHA-256 of the PDF's signed byte ranges
	 * @param key who signs
	 */
	byte[] sign(byte[] digest, SigningKey key) {
		Signer signer = signer(key.chain());
		ASN1Set attributes = new DERSet(new ASN1Encodable[] { CONTENT_TYPE,
				new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(digest))),
				signer.signingCertificate() });
		SignatureValue value = key.sign(new ToBeSigned(encoded(attributes)), DigestAlgorithm.SHA256);
		boolean ecdsa = value.getAlgorithm().getEncryptionAlgorithm().isEquivalent(EncryptionAlgorithm.ECDSA);
		SignerInfo info = new SignerInfo(signer.id(), SHA256, attributes,
				ecdsa ? ECDSA_SHA256 : algorithm(value.getAlgorithm()),
				new DEROctetString(ecdsa ? derEcdsa(value.getValue()) : value.getValue()), null);
		SignedData signed = new SignedData(DIGEST_ALGORITHMS, DETACHED_DATA, signer.certificates(), null,
				new DERSet(info));
		return encoded(new ContentInfo(CMSObjectIdentifiers.signedData, signed));
	}

	/**
	 * How many bytes the CMS of {@code key} takes at most: its chain, the issuer twice
	 * (in the signer's identifier and in signing-certificate-v2), the signature value,
	 * and less than 1 KB of attributes and structure.
	 */
	static int sizeBound(SigningKey key) {
		int size = 0;
		for (CertificateToken certificate : key.chain()) {
			size += certificate.getEncoded().length;
		}
		X509Certificate signer = key.certificate().getCertificate();
		PublicKey publicKey = signer.getPublicKey();
		int value = (publicKey instanceof RSAKey rsa) ? rsa.getModulus().bitLength() / 8 + 1
				: (publicKey instanceof ECKey ec) ? 2 * (ec.getParams().getOrder().bitLength() / 8 + 1) + 8 : 1024;
		return size + 2 * signer.getIssuerX500Principal().getEncoded().length + value + 1024;
	}

	private Signer signer(List<CertificateToken> chain) {
		Signer signer = this.signers.get(chain);
		if (signer == null) {
			if (this.signers.size() >= SIGNERS_KEPT) {
				this.signers.clear();
			}
			Certificate certificate = Certificate.getInstance(chain.get(0).getEncoded());
			ASN1EncodableVector certificates = new ASN1EncodableVector(chain.size());
			certificates.add(certificate);
			for (int i = 1; i < chain.size(); i++) {
				certificates.add(Certificate.getInstance(chain.get(i).getEncoded()));
			}
			signer = new Signer(new SignerIdentifier(new IssuerAndSerialNumber(certificate)),
					signingCertificate(certificate, chain.get(0).getDigest(DigestAlgorithm.SHA256)),
					new DERSet(certificates));
			this.signers.put(List.copyOf(chain), signer);
		}
		return signer;
	}

	private static Attribute signingCertificate(Certificate signer, byte[] hash) {
		IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(signer.getIssuer())),
				signer.getSerialNumber());
		return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
				new DERSet(new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial))));
	}

	private AlgorithmIdentifier algorithm(SignatureAlgorithm algorithm) {
		return this.algorithms.computeIfAbsent(algorithm, a -> this.finder.find(a.getJCEId()));
	}

	/**
	 * An ECDSA value as CMS wants it, DER-encoded: tokens give it so, a remote service
	 * may answer r and s side by side.
	 */
	private static byte[] derEcdsa(byte[] value) {
		if (DSSASN1Utils.isAsn1EncodedSignatureValue(value)) {
			return value;
		}
		int half = value.length / 2;
		return encoded(new DERSequence(
				new ASN1Encodable[] { new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(value, 0, half))),
						new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(value, half, value.length))) }));
	}

	private static byte[] encoded(ASN1Encodable value) {
		try {
			return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
