package org.motcua.dossier.results;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureCode;
import org.motcua.catalog.ResultType;
import org.motcua.catalog.ResultType.FieldType;
import org.motcua.catalog.ResultType.ResultField;
import org.motcua.document.Documents;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.forms.FormsProperties;
import org.motcua.dossier.forms.VerificationCode;
import org.motcua.platform.RequestRefused;
import org.motcua.signature.SignerId;
import org.motcua.signature.Signing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of dossiers: their structured fields, entered when the result is drafted
 * (the catalog's fields of the result type, or {@link #GENERIC_FIELDS} when the type
 * lists none), and the signed result issued at approval: the drafted PDF gets a QR code
 * and a verification code on its first page (top-left, as the printed forms) and is
 * signed with the approver's key under a visible stamp. A result is never issued
 * unsigned: an approver without a key is refused.
 */
@Service
public class Results {

	/**
	 * The fields of a result whose type lists none in the catalog: number and symbol,
	 * issue date, holder's name, summary. The demo catalog's result types list their own.
	 */
	public static final List<ResultField> GENERIC_FIELDS = List.of(
			new ResultField("number", "Số, ký hiệu", FieldType.TEXT, true),
			new ResultField("issuedOn", "Ngày cấp", FieldType.DATE, true),
			new ResultField("holderName", "Họ và tên người được cấp", FieldType.TEXT, true),
			new ResultField("summary", "Trích yếu", FieldType.TEXT, false));

	/** The type code of a result whose procedure names no result type. */
	public static final String GENERIC_TYPE = "KQ";

	/** The text printed above the verification code under the QR code. */
	static final String CODE_LABEL = "Mã xác minh (tra cứu tại /verify):";

	private final IssuedDocuments issued;

	private final Catalog catalog;

	private final Documents documents;

	private final Signing signing;

	private final FormsProperties forms;

	private final Clock clock;

	Results(IssuedDocuments issued, Catalog catalog, Documents documents, Signing signing, FormsProperties forms,
			Clock clock) {
		this.issued = issued;
		this.catalog = catalog;
		this.documents = documents;
		this.signing = signing;
		this.forms = forms;
		this.clock = clock;
	}

	/**
	 * The result types of the procedure version the dossier was filed under; when the
	 * catalog names none, one generic type ({@link #GENERIC_TYPE}).
	 */
	public List<ResultType> resultTypes(DossierView dossier) {
		List<ResultType> types = this.catalog
			.findVersion(ProcedureCode.of(dossier.procedure().code()), dossier.procedure().version())
			.map(p -> p.definition().resultTypes())
			.orElse(List.of());
		return types.isEmpty() ? List.of(new ResultType(GENERIC_TYPE, "Kết quả", true, GENERIC_FIELDS)) : types;
	}

	/** The fields a result of {@code type} carries: its own, or the generic ones. */
	public static List<ResultField> fields(ResultType type) {
		return type.fields().isEmpty() ? GENERIC_FIELDS : type.fields();
	}

	/**
	 * Stores the structured fields of a dossier's result as entered with its draft,
	 * replacing earlier ones (in the caller's transaction, or a new one).
	 * @param typeCode the result type; {@code null} or blank takes the first of
	 * {@link #resultTypes}
	 * @throws RequestRefused 400 {@code result.unknown-type} for a type the procedure
	 * does not issue, {@code result.field-required} for a required field left blank
	 */
	@Transactional
	public void enterFields(DossierView dossier, String typeCode, Map<String, String> values, String by) {
		List<ResultType> types = resultTypes(dossier);
		ResultType type = (typeCode == null || typeCode.isBlank()) ? types.get(0)
				: types.stream()
					.filter(t -> t.code().equals(typeCode.strip()))
					.findFirst()
					.orElseThrow(() -> RequestRefused.invalid("result.unknown-type", typeCode));
		Map<String, String> data = new LinkedHashMap<>();
		for (ResultField field : fields(type)) {
			String value = values == null ? null : values.get(field.code());
			value = value == null ? null : value.strip();
			if (value == null || value.isEmpty()) {
				if (field.required()) {
					throw RequestRefused.invalid("result.field-required", field.name());
				}
				continue;
			}
			if (value.length() > 500) {
				throw RequestRefused.invalid("result.field-too-long", field.name());
			}
			data.put(field.code(), value);
		}
		this.issued.enterFields(dossier.code(), type.code(), data, by, Timestamp.from(this.clock.instant()));
	}

	/** The result type and fields entered for the dossier's result, if any. */
	@Transactional(readOnly = true)
	public Optional<Map.Entry<String, Map<String, String>>> enteredFields(String dossierCode) {
		return this.issued.enteredFields(dossierCode).map(f -> Map.entry(f.typeCode(), f.data()));
	}

	/** Whether {@code approver} has a key to sign results with. */
	public boolean canSign(String approver) {
		return this.signing.canSign(SignerId.officer(approver));
	}

	/**
	 * Prepares the signed result of a dossier awaiting approval: the drafted PDF with a
	 * new verification code and its QR code on the first page, signed by {@code approver}
	 * with a visible stamp and stored (unclaimed until {@link #record}).
	 * @throws RequestRefused 409 {@code result.no-signing-key} when the approver has no
	 * key
	 */
	public SignedResult sign(DossierView dossier, String approver) {
		SignerId signer = SignerId.officer(approver);
		if (!this.signing.canSign(signer)) {
			throw RequestRefused.conflict("result.no-signing-key", approver);
		}
		byte[] drafted = read(dossier.result().documentId());
		VerificationCode code = newCode();
		String payload = String.join("|", "MOTCUA1", dossier.code(), dossier.procedure().code(),
				dossier.applicant().idLastFour(), "RESULT", code.value());
		byte[] stamped = ResultStamp.stamp(drafted, payload, code, CODE_LABEL,
				this.forms.fontDir().resolve("DejaVuSans.ttf"));
		byte[] signed = this.signing.sign(stamped, signer, ResultStamp.signatureBox(stamped));
		String documentId = this.documents
			.store(new ByteArrayInputStream(signed), "ket-qua-" + dossier.code() + ".pdf", "application/pdf")
			.sha256();
		Optional<Map.Entry<String, Map<String, String>>> fields = enteredFields(dossier.code());
		String typeCode = fields.map(Map.Entry::getKey).orElseGet(() -> resultTypes(dossier).get(0).code());
		return new SignedResult(code, documentId, typeCode, fields.map(Map.Entry::getValue).orElse(Map.of()),
				this.clock.instant().truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * Records a signed result as issued in the dossier {@code dossierCode} and claims its
	 * PDF, in the caller's transaction (the approval's).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public IssuedDocument record(String dossierCode, SignedResult result, String approver) {
		this.documents.claim(result.documentId(), "dossier:" + dossierCode);
		IssuedDocument document = new IssuedDocument(IssuedDocument.Kind.RESULT, result.code(), dossierCode,
				result.documentId(), result.typeCode(), result.data(), null, approver, result.signedAt());
		this.issued.add(document);
		return document;
	}

	/** The signed result issued in the dossier, if it was approved with one. */
	@Transactional(readOnly = true)
	public Optional<IssuedDocument> issuedResult(String dossierCode) {
		List<IssuedDocument> all = this.issued.of(dossierCode, IssuedDocument.Kind.RESULT);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/**
	 * A result signed and stored, not yet recorded: its verification code, document, type
	 * and fields, and when it was signed.
	 */
	public record SignedResult(VerificationCode code, String documentId, String typeCode, Map<String, String> data,
			Instant signedAt) {

	}

	VerificationCode newCode() {
		VerificationCode code = VerificationCode.random();
		while (this.issued.taken(code)) {
			code = VerificationCode.random();
		}
		return code;
	}

	byte[] read(String documentId) {
		try (InputStream in = this.documents.open(documentId)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
