package org.motcua.account;

import java.time.LocalDate;

import org.motcua.shared.PersonalId;

import org.springframework.validation.Errors;

/** The citizen registration form. */
class RegistrationForm {

	private String fullName = "";

	private String personalId = "";

	private String birthDate = "";

	private String email = "";

	private String phone = "";

	private String password = "";

	private String repeat = "";

	void validate(Errors errors, PasswordRules rules, LocalDate today) {
		if (this.fullName == null || this.fullName.isBlank() || this.fullName.length() > 200) {
			errors.rejectValue("fullName", "register.fullName.required");
		}
		if (personalIdValue() == null) {
			errors.rejectValue("personalId", "register.personalId.invalid");
		}
		LocalDate birth = birthDateValue();
		if (birth == null || birth.isAfter(today) || birth.isBefore(today.minusYears(130))) {
			errors.rejectValue("birthDate", "register.birthDate.invalid");
		}
		if (this.email != null && !this.email.isBlank() && !ProfileForm.isEmail(this.email)) {
			errors.rejectValue("email", "account.email.invalid");
		}
		if (this.phone != null && !this.phone.isBlank() && !ProfileForm.isPhone(this.phone)) {
			errors.rejectValue("phone", "account.phone.invalid");
		}
		rules.check(this.password, this.repeat, this.personalId)
			.forEach(code -> errors.rejectValue(code.equals("password.mismatch") ? "repeat" : "password", code,
					new Object[] { rules.minLength() }, code));
	}

	PersonalId personalIdValue() {
		try {
			return PersonalId.of(this.personalId);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	LocalDate birthDateValue() {
		try {
			return LocalDate.parse(this.birthDate.strip());
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	Citizens.Registration toRegistration() {
		return new Citizens.Registration(this.fullName.strip(), personalIdValue(), birthDateValue(), this.email,
				this.phone, this.password);
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getPersonalId() {
		return this.personalId;
	}

	public void setPersonalId(String personalId) {
		this.personalId = personalId;
	}

	public String getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(String birthDate) {
		this.birthDate = birthDate;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getRepeat() {
		return this.repeat;
	}

	public void setRepeat(String repeat) {
		this.repeat = repeat;
	}

}
