package org.motcua.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The account does not exist, or the actor may not see it: both look the same from
 * outside (404).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AccountNotVisible extends RuntimeException {

	AccountNotVisible(long id) {
		super("No visible account " + id);
	}

}
