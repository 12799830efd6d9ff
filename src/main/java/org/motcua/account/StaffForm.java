package org.motcua.account;

import java.util.EnumSet;
import java.util.Set;

import org.motcua.shared.AgencyCode;
import org.motcua.shared.Role;

import org.springframework.validation.Errors;

/** The form that creates a staff account. */
class StaffForm {

	private String username = "";

	private String displayName = "";

	private String email = "";

	private String phone = "";

	private String agency = "";

	private String department = "";

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private String password = "";

	/** Checks the fields, rejecting each bad one with a message code. */
	void validate(Errors errors, PasswordRules rules) {
		if (this.username == null || !this.username.strip().matches("[a-z0-9._-]{3,50}")) {
			errors.rejectValue("username", "account.username.invalid");
		}
		if (this.displayName == null || this.displayName.isBlank() || this.displayName.length() > 200) {
			errors.rejectValue("displayName", "account.displayName.required");
		}
		if (this.email != null && !this.email.isBlank() && !ProfileForm.isEmail(this.email)) {
			errors.rejectValue("email", "account.email.invalid");
		}
		if (this.phone != null && !this.phone.isBlank() && !ProfileForm.isPhone(this.phone)) {
			errors.rejectValue("phone", "account.phone.invalid");
		}
		if (agencyCode() == null) {
			errors.rejectValue("agency", "account.agency.invalid");
		}
		if (this.department != null && this.department.strip().length() > 50) {
			errors.rejectValue("department", "account.department.invalid");
		}
		if (this.roles == null || this.roles.isEmpty()) {
			errors.rejectValue("roles", "account.roles.required");
		}
		rules.check(this.password, null, this.username)
			.forEach(code -> errors.rejectValue("password", code, new Object[] { rules.minLength() }, code));
	}

	AgencyCode agencyCode() {
		try {
			return AgencyCode.of(this.agency);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	AccountAdministration.NewStaff toNewStaff() {
		return new AccountAdministration.NewStaff(this.username.strip(), this.displayName.strip(), this.email,
				this.phone, agencyCode(), this.department, this.roles, this.password);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
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

	public String getAgency() {
		return this.agency;
	}

	public void setAgency(String agency) {
		this.agency = agency;
	}

	public String getDepartment() {
		return this.department;
	}

	public void setDepartment(String department) {
		this.department = department;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
