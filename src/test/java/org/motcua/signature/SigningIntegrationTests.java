package org.motcua.signature;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.motcua.platform.PlatformProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signing and validating PDFs with each key store, checked by DSS and by an independent
 * validator (poppler's pdfsig): PKCS#12 (the demo signers' key stores, an RSA key), a
 * SoftHSM2 token, the remote signing simulator, PAdES-B-T against a local timestamp
 * authority, a visible stamp, and a byte changed after signing. Invisible PAdES-B-B
 * signatures are made with PDFBox and BouncyCastle, the others with DSS; both kinds are
 * checked, alone and one after the other in the same PDF.
 */
@SpringBootTest
class SigningIntegrationTests {

	@Autowired
	Signing signing;

	@Autowired
	DemoCertificates demo;

	@Autowired
	SignatureProperties properties;

	@Autowired
	PlatformProperties platform;

	@Autowired
	Clock clock;

	@Test
	void signsWithAPkcs12KeyAndValidatesOffline() throws Exception {
		Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		byte[] signed = this.signing.sign(TestPdfs.onePage(), SignerId.officer("desk1"));

		SignatureReport report = this.signing.validate(signed);
		assertThat(report.isIntact()).isTrue();
		assertThat(report.coversWholeDocument()).isTrue();
		assertThat(report.signatures()).singleElement().satisfies(signature -> {
			assertThat(signature.signer()).isEqualTo("Lê Thị Thu");
			assertThat(signature.intact()).isTrue();
			assertThat(signature.signedAt()).isBetween(before, Instant.now());
			assertThat(signature.timestampedAt()).isNull();
			assertThat(signature.certificateSubject()).contains("CN=Lê Thị Thu", "DEMO");
			assertThat(signature.chain()).isEqualTo(ChainStatus.TRUSTED);
			assertThat(signature.level()).isEqualTo("PAdES-BASELINE-B");
		});
		Pdfsig pdfsig = Pdfsig.check(signed);
		assertThat(pdfsig.allValid(1)).as(pdfsig.output()).isTrue();
		assertThat(pdfsig.output()).contains("Lê Thị Thu");
	}

	@Test
	void aByteChangedAfterSigningIsReportedBrokenByDssAndPdfsig() throws Exception {
		byte[] signed = this.signing.sign(TestPdfs.onePage(),
				SignerId.agency(org.motcua.shared.AgencyCode.of("000.20.01.H99")));
		assertThat(Pdfsig.check(signed).allValid(1)).isTrue();

		byte[] tampered = TestPdfs.tampered(signed);

		SignatureReport report = this.signing.validate(tampered);
		assertThat(report.signatures()).singleElement()
			.satisfies(signature -> assertThat(signature.intact()).isFalse());
		assertThat(report.isIntact()).isFalse();
		Pdfsig pdfsig = Pdfsig.check(tampered);
		assertThat(pdfsig.validations()).as(pdfsig.output()).hasSize(1);
		assertThat(pdfsig.validations().get(0)).as(pdfsig.output()).isNotEqualTo(Pdfsig.VALID);
	}

	@Test
	void reportsAnUnsignedPdfAndARevisionAddedAfterTheSignature() {
		assertThat(this.signing.validate(TestPdfs.onePage()).isSigned()).isFalse();
		byte[] once = this.signing.sign(TestPdfs.onePage(), SignerId.officer("specialist1"));

		byte[] twice = this.signing.sign(once, SignerId.officer("approver1"));

		SignatureReport report = this.signing.validate(twice);
		assertThat(report.signatures()).extracting(SignatureCheck::signer)
			.containsExactly("Hoàng Văn Nam", "Bùi Quang Huy");
		assertThat(report.signatures()).allMatch(SignatureCheck::intact);
		assertThat(report.coversWholeDocument()).isTrue();
	}

	@Test
	void refusesASignerWithoutAKeyAndBytesThatAreNotAPdf() {
		assertThat(this.signing.canSign(SignerId.officer("nobody"))).isFalse();
		assertThatThrownBy(() -> this.signing.sign(TestPdfs.onePage(), SignerId.officer("nobody")))
			.isInstanceOfSatisfying(SigningRefused.class,
					refused -> assertThat(refused.reason()).isEqualTo("signature.refused.no-key"));
		assertThatThrownBy(() -> this.signing.validate("hello".getBytes())).isInstanceOfSatisfying(SigningRefused.class,
				refused -> assertThat(refused.reason()).isEqualTo("signature.refused.not-pdf"));
		assertThatThrownBy(() -> this.signing.sign("%PDF-1.7 broken".getBytes(), SignerId.officer("desk1")))
			.isInstanceOfSatisfying(SigningRefused.class,
					refused -> assertThat(refused.reason()).isEqualTo("signature.refused.failed"));
	}

	@Test
	void aSignedPdfCutShortIsNotIntact() {
		byte[] signed = this.signing.sign(TestPdfs.onePage(), SignerId.officer("desk1"));

		byte[] cut = java.util.Arrays.copyOf(signed, signed.length - 300);

		SignatureReport report = this.signing.validate(cut);
		assertThat(report.isIntact()).isFalse();
	}

	@Test
	void keepsTheDemoCertificatesAcrossRestarts() throws Exception {
		Path file = keyStore(SignerId.officer("desk2"));
		assertThat(this.signing.canSign(SignerId.officer("desk2"))).isTrue();
		byte[] before = Files.readAllBytes(file);

		DemoCertificates again = new DemoCertificates(this.platform.dataDir().resolve("signature"), null, null,
				this.clock);

		assertThat(again.authorityCertificate()).isEqualTo(this.demo.authorityCertificate());
		assertThat(again.issue(SignerId.officer("desk2"), file, "x".toCharArray())).isTrue();
		assertThat(Files.readAllBytes(file)).isEqualTo(before);
		assertThat(this.demo.authorityCertificate().getSubjectX500Principal().getName())
			.contains("motcua DEMO CA — test only / chỉ dùng thử");
	}

	@Test
	void signsWithAKeyOnASoftHsm2Token() throws Exception {
		SoftHsm hsm = SoftHsm.create();
		SignerId signer = SignerId.officer("head1");
		KeyStore p12 = readKeyStore(signer);
		String alias = p12.aliases().nextElement();
		hsm.importKey(signer.key(), (PrivateKey) p12.getKey(alias, password(signer)), p12.getCertificateChain(alias));
		Pkcs11Keys token = new Pkcs11Keys(new SignatureProperties.Pkcs11(SoftHsm.LIBRARY, hsm.slotId, SoftHsm.PIN));
		try {
			Signing withToken = signingWith(token, null);

			byte[] signed = withToken.sign(TestPdfs.onePage(), signer);

			assertThat(withToken.canSign(SignerId.officer("desk1"))).isFalse();
			SignatureReport report = withToken.validate(signed);
			assertThat(report.isIntact()).isTrue();
			assertThat(report.signatures()).singleElement().satisfies(signature -> {
				assertThat(signature.signer()).isEqualTo("Đặng Thị Mai");
				assertThat(signature.level()).isEqualTo("PAdES-BASELINE-B");
			});
			SimpleReport dss = dssReport(signed);
			assertThat(dss.getIndication(dss.getFirstSignatureId())).isEqualTo(Indication.TOTAL_PASSED);
			Pdfsig pdfsig = Pdfsig.check(signed);
			assertThat(pdfsig.allValid(1)).as(pdfsig.output()).isTrue();
		}
		finally {
			token.destroy();
		}
	}

	@Test
	void signsThroughTheRemoteSigningSimulator() throws Exception {
		Pkcs12Keys stores = SignatureConfiguration.pkcs12(this.properties, this.platform, this.demo);
		CountingRemote remote = new CountingRemote(new SimulatedRemoteSigning(stores));
		Signing remotely = signingWith(new RemoteKeys(remote), null);

		byte[] signed = remotely.sign(TestPdfs.onePage(), SignerId.officer("approver2"));

		assertThat(remote.hashes).isEqualTo(1);
		SignatureReport report = remotely.validate(signed);
		assertThat(report.isIntact()).isTrue();
		assertThat(report.signatures()).singleElement().satisfies(signature -> {
			assertThat(signature.signer()).isEqualTo("Đỗ Văn Thành");
			assertThat(signature.chain()).isEqualTo(ChainStatus.TRUSTED);
		});
		assertThat(Pdfsig.check(signed).allValid(1)).isTrue();
	}

	@Test
	void signsPadesBaselineTWithATimestampAuthority() throws Exception {
		try (LocalTimestampAuthority tsa = new LocalTimestampAuthority()) {
			Pkcs12Keys stores = SignatureConfiguration.pkcs12(this.properties, this.platform, this.demo);
			Signing timestamped = signingWith(stores, new TimestampAuthority(tsa.url()));
			Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

			byte[] signed = timestamped.sign(TestPdfs.onePage(), SignerId.officer("approver1"));

			assertThat(timestamped.level()).isEqualTo("PAdES-BASELINE-T");
			assertThat(tsa.answered.get()).isEqualTo(1);
			SignatureReport report = timestamped.validate(signed);
			assertThat(report.isIntact()).isTrue();
			assertThat(report.signatures()).singleElement().satisfies(signature -> {
				assertThat(signature.level()).isEqualTo("PAdES-BASELINE-T");
				assertThat(signature.timestampedAt()).isBetween(before, Instant.now());
			});
			Pdfsig pdfsig = Pdfsig.check(signed);
			assertThat(pdfsig.allValid(1)).as(pdfsig.output()).isTrue();
		}
	}

	@Test
	void drawsAVisibleStampWhereAsked() throws Exception {
		Stamp stamp = Stamp.at(1, 200, 420);

		byte[] signed = this.signing.sign(TestPdfs.onePage(), SignerId.officer("approver1"), stamp);

		assertThat(this.signing.validate(signed).isIntact()).isTrue();
		assertThat(Pdfsig.check(signed).allValid(1)).isTrue();
		try (PDDocument document = Loader.loadPDF(signed)) {
			List<PDSignatureField> fields = document.getSignatureFields();
			assertThat(fields).hasSize(1);
			PDAnnotationWidget widget = fields.get(0).getWidgets().get(0);
			PDRectangle box = widget.getRectangle();
			float pageHeight = document.getPage(0).getMediaBox().getHeight();
			assertThat(box.getLowerLeftX()).isCloseTo(200f, org.assertj.core.data.Offset.offset(1f));
			assertThat(pageHeight - box.getUpperRightY()).isCloseTo(420f, org.assertj.core.data.Offset.offset(1f));
			assertThat(box.getWidth()).isCloseTo(180f, org.assertj.core.data.Offset.offset(1f));
			assertThat(
					widget.getAppearance().getNormalAppearance().getAppearanceStream().getContentStream().getLength())
				.isPositive();
		}
		BufferedImage page = render(signed);
		assertThat(redPixels(page, 200, 420, 180, 56)).as("red stamp text inside the box").isGreaterThan(100);
		assertThat(redPixels(page, 0, 0, 420, 410)).as("nothing red elsewhere").isZero();
	}

	@Test
	void signsInvisiblyAsAnAppendedRevisionThatDssPassesAsBaselineB() throws Exception {
		byte[] pdf = TestPdfs.onePage();

		byte[] signed = this.signing.sign(pdf, SignerId.officer("desk1"));

		assertThat(Arrays.copyOf(signed, pdf.length)).as("the original bytes are a prefix").isEqualTo(pdf);
		SimpleReport report = dssReport(signed);
		assertThat(report.getSignatureIdList()).singleElement().satisfies(id -> {
			assertThat(report.getIndication(id)).as(report.getSubIndication(id) + "")
				.isEqualTo(Indication.TOTAL_PASSED);
			assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
			assertThat(report.getSignedBy(id)).isEqualTo("Lê Thị Thu");
		});
	}

	@Test
	void theInvisibleSignatureSignsItsCertificateAndLeavesTheTimeToTheDictionary() throws Exception {
		Instant before = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);

		byte[] signed = this.signing.sign(TestPdfs.onePage(), SignerId.officer("desk1"));

		try (PDDocument document = Loader.loadPDF(signed)) {
			PDSignature dictionary = document.getLastSignatureDictionary();
			assertThat(dictionary.getFilter()).isEqualTo("Adobe.PPKLite");
			assertThat(dictionary.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
			assertThat(dictionary.getName()).isEqualTo("Lê Thị Thu");
			assertThat(dictionary.getReason()).isEqualTo("Đã ký số");
			assertThat(dictionary.getSignDate().toInstant()).isBetween(before, this.clock.instant());
			assertThat(dictionary.getCOSObject().getString(COSName.M)).matches("D:\\d{14}\\+00'00'");
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(dictionary.getSignedContent(signed)),
					dictionary.getContents());
			assertThat(cms.getCertificates().getMatches(null)).as("the signer and the demo CA").hasSize(2);
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
				.getMatches(signer.getSID())
				.iterator()
				.next();
			assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
			assertThat(signer.getDigestAlgOID()).isEqualTo(NISTObjectIdentifiers.id_sha256.getId());
			assertThat(signer.getEncryptionAlgOID()).isEqualTo(X9ObjectIdentifiers.ecdsa_with_SHA256.getId());
			AttributeTable attributes = signer.getSignedAttributes();
			assertThat(attributes.get(CMSAttributes.signingTime)).isNull();
			assertThat(attributes.get(CMSAttributes.contentType).getAttrValues().getObjectAt(0))
				.isEqualTo(CMSObjectIdentifiers.data);
			assertThat(attributes.size()).isEqualTo(3);
			ESSCertIDv2 id = SigningCertificateV2
				.getInstance(
						attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues().getObjectAt(0))
				.getCerts()[0];
			assertThat(id.getHashAlgorithm().getAlgorithm()).isEqualTo(NISTObjectIdentifiers.id_sha256);
			assertThat(id.getCertHash())
				.isEqualTo(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
			assertThat(id.getIssuerSerial().getSerial().getValue()).isEqualTo(certificate.getSerialNumber());
			assertThat(id.getIssuerSerial().getIssuer().getNames()[0].getName()).isEqualTo(certificate.getIssuer());
		}
	}

	@Test
	void signsInvisiblyWithAnRsaKey() throws Exception {
		Path directory = Files.createTempDirectory("rsa-keys");
		SignerId signer = SignerId.officer("rsa");
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		this.demo.issue(new X500Name("CN=Trần Văn Khóa, OU=RSA, C=VN"), generator.generateKeyPair(), signer.key(),
				directory.resolve(signer.key() + ".p12"), "rsa-test".toCharArray());
		Signing withRsa = signingWith(
				new Pkcs12Keys(directory, new SignatureProperties.Pkcs12(null, "rsa-test", Map.of()), null), null);

		byte[] signed = withRsa.sign(TestPdfs.onePage(), signer);

		SimpleReport report = dssReport(signed);
		assertThat(report.getSignatureIdList()).singleElement().satisfies(id -> {
			assertThat(report.getIndication(id)).as(report.getSubIndication(id) + "")
				.isEqualTo(Indication.TOTAL_PASSED);
			assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
			assertThat(report.getSignedBy(id)).isEqualTo("Trần Văn Khóa");
		});
		try (PDDocument document = Loader.loadPDF(signed)) {
			SignerInformation info = new CMSSignedData(document.getLastSignatureDictionary().getContents())
				.getSignerInfos()
				.getSigners()
				.iterator()
				.next();
			assertThat(info.getEncryptionAlgOID()).isEqualTo(PKCSObjectIdentifiers.sha256WithRSAEncryption.getId());
		}
		Pdfsig pdfsig = Pdfsig.check(signed);
		assertThat(pdfsig.allValid(1)).as(pdfsig.output()).isTrue();
	}

	@Test
	void signsInvisiblyAfterAStampedSignatureAndBeforeAnother() throws Exception {
		byte[] stamped = this.signing.sign(TestPdfs.onePage(), SignerId.officer("specialist1"), Stamp.at(1, 20, 20));

		byte[] invisible = this.signing.sign(stamped, SignerId.officer("approver1"));
		byte[] restamped = this.signing.sign(invisible, SignerId.officer("desk1"), Stamp.at(1, 210, 20));

		assertThat(Arrays.copyOf(invisible, stamped.length)).isEqualTo(stamped);
		SignatureReport report = this.signing.validate(restamped);
		assertThat(report.signatures()).extracting(SignatureCheck::signer)
			.containsExactlyInAnyOrder("Hoàng Văn Nam", "Bùi Quang Huy", "Lê Thị Thu");
		assertThat(report.isIntact()).isTrue();
		SimpleReport dss = dssReport(restamped);
		assertThat(dss.getSignatureIdList()).hasSize(3)
			.allSatisfy(
					id -> assertThat(dss.getIndication(id)).as(dss.getSignedBy(id) + ": " + dss.getSubIndication(id))
						.isEqualTo(Indication.TOTAL_PASSED));
		Pdfsig pdfsig = Pdfsig.check(restamped);
		assertThat(pdfsig.allValid(3)).as(pdfsig.output()).isTrue();
	}

	/**
	 * DSS's simple report, offline, the demo CA trusted, with DSS's default policy but
	 * for the revocation data it requires of the certificates (the demo CA publishes
	 * none): a signature passes when it is well formed, identifies its signing
	 * certificate, its value and digests verify and its chain reaches the demo CA.
	 */
	private SimpleReport dssReport(byte[] pdf) throws IOException {
		PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
		validator.setPdfObjFactory(new PdfBoxNativeObjectFactory());
		CommonCertificateVerifier verifier = new CommonCertificateVerifier();
		verifier.setAIASource(null);
		verifier.setOcspSource(null);
		verifier.setCrlSource(null);
		verifier.setTrustedCertSources(TrustAnchors.of(List.of(), this.demo.authorityCertificate()).source());
		validator.setCertificateVerifier(verifier);
		String policy;
		try (InputStream in = ValidationPolicyLoader.class.getResourceAsStream("/policy/constraint.xml")) {
			policy = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(policy).contains("<RevocationDataAvailable Level=\"FAIL\" />");
		policy = policy
			.replace("<RevocationDataAvailable Level=\"FAIL\" />", "<RevocationDataAvailable Level=\"IGNORE\" />")
			.replace("<AcceptableRevocationDataFound Level=\"FAIL\" />",
					"<AcceptableRevocationDataFound Level=\"IGNORE\" />");
		return validator
			.validateDocument(ValidationPolicyLoader
				.fromValidationPolicy(new ByteArrayInputStream(policy.getBytes(StandardCharsets.UTF_8)))
				.create())
			.getSimpleReport();
	}

	private Signing signingWith(SigningKeys keys, TimestampAuthority timestamps) {
		return new Signing(keys,
				new PadesSigning(timestamps, this.properties.stampFont(), this.clock, this.platform.zone()),
				new PadesValidation(TrustAnchors.of(List.of(), this.demo.authorityCertificate())));
	}

	private Path keyStore(SignerId signer) {
		return SignatureConfiguration.pkcs12(this.properties, this.platform, this.demo).fileOf(signer);
	}

	private char[] password(SignerId signer) {
		return this.properties.pkcs12().passwordOf(signer.key()).toCharArray();
	}

	private KeyStore readKeyStore(SignerId signer) throws Exception {
		assertThat(this.signing.canSign(signer)).isTrue();
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keyStore(signer))) {
			store.load(in, password(signer));
		}
		return store;
	}

	/** Page 1 rendered at 72 dpi by poppler's pdftoppm (one pixel per point). */
	private static BufferedImage render(byte[] pdf) throws Exception {
		Path dir = Files.createTempDirectory("stamp");
		Path file = dir.resolve("signed.pdf");
		Files.write(file, pdf);
		Process process = new ProcessBuilder("pdftoppm", "-r", "72", "-f", "1", "-l", "1", "-png", "-singlefile",
				file.toString(), dir.resolve("page").toString())
			.redirectErrorStream(true)
			.start();
		process.getInputStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		BufferedImage image = ImageIO.read(dir.resolve("page.png").toFile());
		Files.copy(dir.resolve("page.png"),
				Files.createDirectories(Path.of("target/screenshots")).resolve("signature-stamp.png"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return image;
	}

	private static int redPixels(BufferedImage image, int x, int y, int width, int height) {
		int red = 0;
		for (int i = x; i < Math.min(image.getWidth(), x + width); i++) {
			for (int j = y; j < Math.min(image.getHeight(), y + height); j++) {
				int rgb = image.getRGB(i, j);
				int r = (rgb >> 16) & 0xFF;
				int g = (rgb >> 8) & 0xFF;
				int b = rgb & 0xFF;
				red += (r > 120 && r > g + 60 && r > b + 60) ? 1 : 0;
			}
		}
		return red;
	}

	/** The simulator, counting the hashes sent to it. */
	private static final class CountingRemote implements RemoteSigningService {

		private final RemoteSigningService delegate;

		int hashes;

		CountingRemote(RemoteSigningService delegate) {
			this.delegate = delegate;
		}

		@Override
		public java.util.Optional<List<byte[]>> certificates(String keyId) {
			return this.delegate.certificates(keyId);
		}

		@Override
		public HashSigned sign(HashToSign request) {
			this.hashes++;
			assertThat(request.hash()).hasSize(32);
			return this.delegate.sign(request);
		}

	}

}
