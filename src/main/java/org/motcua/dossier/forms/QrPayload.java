package org.motcua.dossier.forms;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a form's QR code carries, as one line of ASCII text:
 *
 * <pre>
 * MOTCUA1|&lt;dossier code&gt;|&lt;procedure code&gt;|&lt;ID last 4&gt;|&lt;form kind&gt;|&lt;verification code&gt;
 * MOTCUA1|000.20.01.H99-261127-0012|1.001193|1234|RECEIPT|7K2M-Q9XD-4TRA
 * </pre>
 *
 * The form kind is a {@link FormKind} name. Never the whole ID: only its last 4
 * characters. {@code MOTCUA1} names the format and its version; no field may contain
 * {@code |}.
 *
 * @param dossierCode the dossier code
 * @param procedureCode the procedure code
 * @param idLastFour the last 4 characters of the applicant's ID
 * @param kind the form
 * @param verificationCode the form's verification code
 */
public record QrPayload(String dossierCode, String procedureCode, String idLastFour, FormKind kind,
		VerificationCode verificationCode) {

	static final String FORMAT = "MOTCUA1";

	private static final Pattern FIELD = Pattern.compile("[^|\\r\\n]+");

	public QrPayload {
		requireField(dossierCode, "dossierCode");
		requireField(procedureCode, "procedureCode");
		requireField(idLastFour, "idLastFour");
		if (idLastFour.length() > 4) {
			throw new IllegalArgumentException("a QR code carries at most the last 4 characters of an ID");
		}
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(verificationCode, "verificationCode");
	}

	static QrPayload of(DossierForm form, VerificationCode verificationCode) {
		DossierFacts dossier = form.dossier();
		return new QrPayload(dossier.code(), dossier.procedureCode(), dossier.applicant().idLastFour(), form.kind(),
				verificationCode);
	}

	/** The text encoded in the QR code. */
	public String text() {
		return String.join("|", FORMAT, this.dossierCode, this.procedureCode, this.idLastFour, this.kind.name(),
				this.verificationCode.value());
	}

	/** The payload a scanned text carries, if it is one. */
	public static Optional<QrPayload> parse(String text) {
		String[] fields = text.split("\\|", -1);
		if (fields.length != 6 || !fields[0].equals(FORMAT)) {
			return Optional.empty();
		}
		try {
			return Optional.of(new QrPayload(fields[1], fields[2], fields[3], FormKind.valueOf(fields[4]),
					new VerificationCode(fields[5])));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static void requireField(String value, String name) {
		if (value == null || !FIELD.matcher(value).matches()) {
			throw new IllegalArgumentException(name + " is empty or holds '|': " + value);
		}
	}

}
