package org.motcua.signature;

import java.security.KeyStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.KSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;

import org.springframework.beans.factory.DisposableBean;

/**
 * A PKCS#11 token (an HSM, a USB token, SoftHSM2) holding one key per signer, found by
 * its label ({@code officer-desk1}, {@code agency-000.20.01.H99}) with its certificate.
 */
class Pkcs11Keys implements SigningKeys, DisposableBean {

	private final Pkcs11SignatureToken token;

	private final Map<String, SigningKey> keys = new ConcurrentHashMap<>();

	Pkcs11Keys(SignatureProperties.Pkcs11 properties) {
		if (properties.slotId() == null || properties.pin() == null) {
			throw new IllegalStateException(
					"motcua.signature.signer=pkcs11 needs motcua.signature.pkcs11.slot-id and motcua.signature.pkcs11.pin");
		}
		this.token = new Pkcs11SignatureToken(properties.library(),
				new KeyStore.PasswordProtection(properties.pin().toCharArray()), properties.slotId());
	}

	@Override
	public Optional<SigningKey> find(SignerId signer) {
		SigningKey key = this.keys.get(signer.key());
		if (key == null) {
			synchronized (this) {
				for (DSSPrivateKeyEntry entry : this.token.getKeys()) {
					if (entry instanceof KSPrivateKeyEntry named) {
						this.keys.putIfAbsent(named.getAlias(), new TokenKey(this.token, entry));
					}
				}
			}
			key = this.keys.get(signer.key());
		}
		return Optional.ofNullable(key);
	}

	@Override
	public void destroy() {
		this.token.close();
	}

}
