package org.motcua.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A real RFC 3161 timestamp authority on a local port, for the test's lifetime: its own
 * self-signed EC certificate with the critical time-stamping usage, BouncyCastle's
 * generators answering each query.
 */
final class LocalTimestampAuthority implements AutoCloseable {

	private final HttpServer server;

	private final TimeStampResponseGenerator responses;

	private final AtomicLong serial = new AtomicLong(1);

	final AtomicInteger answered = new AtomicInteger();

	LocalTimestampAuthority() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		KeyPair pair = generator.generateKeyPair();
		X500Name name = new X500Name("CN=motcua test TSA, O=motcua test, C=VN");
		Instant now = Instant.now();
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
				BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
				Date.from(now.plus(Duration.ofDays(30))), name, pair.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
		X509Certificate certificate = new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
		TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
				new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", pair.getPrivate(), certificate),
				new JcaDigestCalculatorProviderBuilder().build()
					.get(new DefaultDigestAlgorithmIdentifierFinder().find("SHA-256")),
				new ASN1ObjectIdentifier("1.3.6.1.4.1.0.1"));
		tokens.addCertificates(new JcaCertStore(List.of(certificate)));
		this.responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/tsa", exchange -> {
			try (InputStream in = exchange.getRequestBody()) {
				TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
				TimeStampResponse response = this.responses.generate(request,
						BigInteger.valueOf(this.serial.getAndIncrement()), new Date());
				byte[] body = response.getEncoded();
				// counted before the answer leaves: the client may go on as soon as it
				// has it
				this.answered.incrementAndGet();
				exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
			catch (Exception ex) {
				exchange.sendResponseHeaders(500, -1);
				throw new IOException(ex);
			}
		});
		this.server.start();
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/tsa");
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
