package org.motcua.account;

import org.springframework.validation.Errors;

/** The contact details a person edits on their profile. */
class ProfileForm {

	private String email = "";

	private String phone = "";

	static boolean isEmail(String value) {
		return value.strip().length() <= 200 && value.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	}

	static boolean isPhone(String value) {
		return value.strip().matches("\\+?[0-9 .]{8,15}");
	}

	void validate(Errors errors) {
		if (this.email != null && !this.email.isBlank() && !isEmail(this.email)) {
			errors.rejectValue("email", "account.email.invalid");
		}
		if (this.phone != null && !this.phone.isBlank() && !isPhone(this.phone)) {
			errors.rejectValue("phone", "account.phone.invalid");
		}
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

}
