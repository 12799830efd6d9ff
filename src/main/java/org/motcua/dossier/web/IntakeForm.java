package org.motcua.dossier.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.motcua.dossier.Applicant;
import org.motcua.dossier.IdType;
import org.motcua.dossier.PaperMetadata;
import org.motcua.dossier.PartyKind;
import org.motcua.dossier.Representative;
import org.motcua.population.Resident;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The desk's intake form: the procedure, the applicant (and an optional representative),
 * the checklist of papers with one file each, and the idempotency key generated when the
 * form was first shown. Uploaded files are kept between the steps by their document ids.
 */
class IntakeForm {

	private String procedure = "";

	private String agency = "";

	private String key = "";

	private Party applicant = new Party();

	private Party representative = new Party();

	private List<Paper> papers = new ArrayList<>();

	/** Checks the applicant and, when any of its fields is filled, the representative. */
	void validate(Errors errors, LocalDate today) {
		this.applicant.validate("applicant", errors, today);
		if (!this.representative.isBlank()) {
			this.representative.validate("representative", errors, today);
		}
	}

	/**
	 * The applicant; {@code verified} when found in the population registry as entered.
	 */
	Applicant toApplicant(boolean verified) {
		Party p = this.applicant;
		return new Applicant(p.kind, p.idType, p.idNumber, p.name, p.birthDay(), blankToNull(p.phone),
				blankToNull(p.email), blankToNull(p.address), verified);
	}

	Representative toRepresentative() {
		if (this.representative.isBlank()) {
			return null;
		}
		Party p = this.representative;
		return new Representative(p.kind, p.idType, p.idNumber, p.name, p.birthDay(), blankToNull(p.phone),
				blankToNull(p.email), blankToNull(p.address));
	}

	/** Fills the applicant's fields from a known applicant. */
	void fill(Applicant known) {
		Party p = this.applicant;
		p.kind = known.kind();
		p.idType = known.idType();
		p.idNumber = known.idNumber();
		p.name = known.name();
		p.birthDate = known.birthDate() == null ? "" : known.birthDate().toString();
		p.phone = known.phone() == null ? "" : known.phone();
		p.email = known.email() == null ? "" : known.email();
		p.address = known.address() == null ? "" : known.address();
	}

	/**
	 * Fills the applicant's name, birth date and address (the permanent one) from the
	 * population registry's record; phone and e-mail stay as they are.
	 */
	void fill(Resident resident) {
		Party p = this.applicant;
		p.kind = PartyKind.PERSON;
		p.idType = IdType.PERSONAL_ID;
		p.idNumber = resident.personalId();
		p.name = resident.fullName();
		p.birthDate = resident.birthDate().toString();
		Resident.Address address = resident.permanentAddress() != null ? resident.permanentAddress()
				: resident.currentAddress();
		p.address = address == null ? p.address : address.text();
	}

	/**
	 * What the population registry verified, as a key: the personal ID, name and birth
	 * date of the applicant as now entered.
	 */
	String verificationKey() {
		Party p = this.applicant;
		return p.idType + "|" + p.idNumber + "|" + p.name.strip() + "|" + p.birthDate.strip();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getProcedure() {
		return this.procedure;
	}

	public void setProcedure(String procedure) {
		this.procedure = procedure == null ? "" : procedure.strip();
	}

	public String getAgency() {
		return this.agency;
	}

	public void setAgency(String agency) {
		this.agency = agency == null ? "" : agency.strip();
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key == null ? "" : key.strip();
	}

	public Party getApplicant() {
		return this.applicant;
	}

	public void setApplicant(Party applicant) {
		this.applicant = applicant;
	}

	public Party getRepresentative() {
		return this.representative;
	}

	public void setRepresentative(Party representative) {
		this.representative = representative;
	}

	public List<Paper> getPapers() {
		return this.papers;
	}

	public void setPapers(List<Paper> papers) {
		this.papers = papers;
	}

	/** A person or organisation as the form holds it. */
	public static class Party {

		private PartyKind kind = PartyKind.PERSON;

		private IdType idType = IdType.PERSONAL_ID;

		private String idNumber = "";

		private String name = "";

		private String birthDate = "";

		private String phone = "";

		private String email = "";

		private String address = "";

		public boolean isBlank() {
			return isBlank(this.idNumber) && isBlank(this.name) && isBlank(this.birthDate) && isBlank(this.phone)
					&& isBlank(this.email) && isBlank(this.address);
		}

		void validate(String prefix, Errors errors, LocalDate today) {
			if (this.kind == null) {
				this.kind = PartyKind.PERSON;
			}
			if (this.idType == null) {
				this.idType = IdType.PERSONAL_ID;
			}
			if (this.kind == PartyKind.PERSON && this.idType == IdType.TAX_CODE
					|| this.kind == PartyKind.ORGANIZATION && this.idType != IdType.TAX_CODE) {
				errors.rejectValue(prefix + ".idType", "desk.id.mismatch");
			}
			try {
				this.idType.check(this.idNumber);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue(prefix + ".idNumber", "desk.id." + this.idType.name() + ".invalid");
			}
			if (isBlank(this.name) || this.name.strip().length() > 300) {
				errors.rejectValue(prefix + ".name", "desk.name.required");
			}
			if (!isBlank(this.birthDate)) {
				LocalDate day = birthDay();
				if (day == null || day.isBefore(LocalDate.of(1900, 1, 1)) || day.isAfter(today)) {
					errors.rejectValue(prefix + ".birthDate", "desk.birthDate.invalid");
				}
			}
			if (!isBlank(this.phone) && !this.phone.strip().matches("\\+?[0-9 .-]{8,20}")) {
				errors.rejectValue(prefix + ".phone", "desk.phone.invalid");
			}
			if (!isBlank(this.email) && (this.email.strip().length() > 200
					|| !this.email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
				errors.rejectValue(prefix + ".email", "desk.email.invalid");
			}
			if (!isBlank(this.address) && this.address.strip().length() > 500) {
				errors.rejectValue(prefix + ".address", "desk.address.invalid");
			}
		}

		LocalDate birthDay() {
			if (isBlank(this.birthDate)) {
				return null;
			}
			try {
				return LocalDate.parse(this.birthDate.strip());
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		private static boolean isBlank(String value) {
			return value == null || value.isBlank();
		}

		public PartyKind getKind() {
			return this.kind;
		}

		public void setKind(PartyKind kind) {
			this.kind = kind;
		}

		public IdType getIdType() {
			return this.idType;
		}

		public void setIdType(IdType idType) {
			this.idType = idType;
		}

		public String getIdNumber() {
			return this.idNumber;
		}

		public void setIdNumber(String idNumber) {
			this.idNumber = idNumber == null ? "" : idNumber.strip();
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name == null ? "" : name;
		}

		public String getBirthDate() {
			return this.birthDate;
		}

		public void setBirthDate(String birthDate) {
			this.birthDate = birthDate == null ? "" : birthDate;
		}

		public String getPhone() {
			return this.phone;
		}

		public void setPhone(String phone) {
			this.phone = phone == null ? "" : phone;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email == null ? "" : email;
		}

		public String getAddress() {
			return this.address;
		}

		public void setAddress(String address) {
			this.address = address == null ? "" : address;
		}

	}

	/**
	 * One paper of the checklist: handed in (on paper), and its file once uploaded (its
	 * document id, file name and pages), or the reason the upload was refused.
	 */
	public static class Paper {

		private String code = "";

		private String name = "";

		private boolean mandatory;

		private boolean handedIn;

		private String documentId = "";

		private String filename = "";

		private int pages;

		private MultipartFile file;

		private String refusal;

		private String warehouseItemId = "";

		private String number = "";

		private String issuedOn = "";

		private String issuer = "";

		private String validUntil = "";

		private String summary = "";

		private boolean suggested;

		private boolean recognizing;

		private String metadataError;

		/** Whether the officer chose a warehouse item for this paper. */
		boolean isReused() {
			return this.warehouseItemId != null && !this.warehouseItemId.isBlank();
		}

		/** Whether any digitization metadata was entered. */
		boolean hasMetadata() {
			return !(this.number.isBlank() && this.issuedOn.isBlank() && this.issuer.isBlank()
					&& this.validUntil.isBlank() && this.summary.isBlank());
		}

		/**
		 * The metadata entered.
		 * @throws IllegalArgumentException when a date is malformed or the metadata are
		 * incomplete
		 */
		PaperMetadata toMetadata() {
			return new PaperMetadata(this.number, date(this.issuedOn), this.issuer, date(this.validUntil),
					this.summary);
		}

		private static LocalDate date(String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return LocalDate.parse(value.strip());
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("Not a date: " + value, ex);
			}
		}

		public String getWarehouseItemId() {
			return this.warehouseItemId;
		}

		public void setWarehouseItemId(String warehouseItemId) {
			this.warehouseItemId = warehouseItemId == null ? "" : warehouseItemId.strip();
		}

		public String getNumber() {
			return this.number;
		}

		public void setNumber(String number) {
			this.number = number == null ? "" : number;
		}

		public String getIssuedOn() {
			return this.issuedOn;
		}

		public void setIssuedOn(String issuedOn) {
			this.issuedOn = issuedOn == null ? "" : issuedOn;
		}

		public String getIssuer() {
			return this.issuer;
		}

		public void setIssuer(String issuer) {
			this.issuer = issuer == null ? "" : issuer;
		}

		public String getValidUntil() {
			return this.validUntil;
		}

		public void setValidUntil(String validUntil) {
			this.validUntil = validUntil == null ? "" : validUntil;
		}

		public String getSummary() {
			return this.summary;
		}

		public void setSummary(String summary) {
			this.summary = summary == null ? "" : summary;
		}

		public boolean isSuggested() {
			return this.suggested;
		}

		void suggest() {
			this.suggested = true;
		}

		/** Whether its text is still being recognized in the background. */
		public boolean isRecognizing() {
			return this.recognizing;
		}

		void recognizing() {
			this.recognizing = true;
		}

		public String getMetadataError() {
			return this.metadataError;
		}

		void rejectMetadata(String message) {
			this.metadataError = message;
		}

		boolean hasDocument() {
			return this.documentId != null && !this.documentId.isBlank();
		}

		/** Whether a file was chosen for this paper in the request. */
		boolean hasUpload() {
			return this.file != null && (this.file.getSize() > 0
					|| this.file.getOriginalFilename() != null && !this.file.getOriginalFilename().isBlank());
		}

		void forgetDocument() {
			this.documentId = "";
			this.filename = "";
			this.pages = 0;
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code == null ? "" : code.strip();
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public boolean isMandatory() {
			return this.mandatory;
		}

		public void setMandatory(boolean mandatory) {
			this.mandatory = mandatory;
		}

		public boolean isHandedIn() {
			return this.handedIn;
		}

		public void setHandedIn(boolean handedIn) {
			this.handedIn = handedIn;
		}

		public String getDocumentId() {
			return this.documentId;
		}

		public void setDocumentId(String documentId) {
			this.documentId = documentId == null ? "" : documentId.strip();
		}

		public String getFilename() {
			return this.filename;
		}

		public void setFilename(String filename) {
			this.filename = filename;
		}

		public int getPages() {
			return this.pages;
		}

		public void setPages(int pages) {
			this.pages = pages;
		}

		public MultipartFile getFile() {
			return this.file;
		}

		public void setFile(MultipartFile file) {
			this.file = file;
		}

		public String getRefusal() {
			return this.refusal;
		}

		void refuse(String message) {
			this.refusal = message;
		}

	}

}
