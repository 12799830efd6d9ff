package org.motcua.signature;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * An RFC 3161 timestamp authority reached over HTTP: a time-stamp query is posted, the
 * token of the answer is checked against the query (hash, nonce) and handed to DSS.
 */
class TimestampAuthority implements TSPSource {

	private static final long serialVersionUID = 1L;

	private static final SecureRandom NONCES = new SecureRandom();

	private final URI url;

	private transient HttpClient client;

	TimestampAuthority(URI url) {
		this.url = url;
	}

	@Override
	public TimestampBinary getTimeStampResponse(DigestAlgorithm digestAlgorithm, byte[] digest) {
		TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
		generator.setCertReq(true);
		TimeStampRequest request = generator.generate(new ASN1ObjectIdentifier(digestAlgorithm.getOid()), digest,
				new BigInteger(63, NONCES));
		try {
			HttpResponse<byte[]> answer = client().send(HttpRequest.newBuilder(this.url)
				.timeout(Duration.ofSeconds(20))
				.header("Content-Type", "application/timestamp-query")
				.POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (answer.statusCode() != 200) {
				throw new DSSException("The timestamp authority " + this.url + " answered " + answer.statusCode());
			}
			TimeStampResponse response = new TimeStampResponse(answer.body());
			response.validate(request);
			if (response.getTimeStampToken() == null) {
				throw new DSSException(
						"The timestamp authority " + this.url + " refused: " + response.getStatusString());
			}
			return new TimestampBinary(response.getTimeStampToken().getEncoded());
		}
		catch (IOException | TSPException ex) {
			throw new DSSException("No timestamp from " + this.url + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DSSException("Interrupted while waiting for the timestamp authority", ex);
		}
	}

	private HttpClient client() {
		if (this.client == null) {
			this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		}
		return this.client;
	}

}
