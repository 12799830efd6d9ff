package org.motcua.platform;

import org.springframework.http.HttpStatus;

/**
 * A request motcua refuses for a reason the caller should read: answered as an RFC 9457
 * problem with a stable {@code code} and a title and detail in the caller's language,
 * taken from the messages {@code problem.<code>.title} and {@code problem.<code>.detail}
 * (the detail formatted with {@link #arguments()}).
 */
public class RequestRefused extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final transient Object[] arguments;

	public RequestRefused(HttpStatus status, String code, Object... arguments) {
		super(code);
		this.status = status;
		this.code = code;
		this.arguments = arguments;
	}

	public static RequestRefused notFound(String code, Object... arguments) {
		return new RequestRefused(HttpStatus.NOT_FOUND, code, arguments);
	}

	public static RequestRefused conflict(String code, Object... arguments) {
		return new RequestRefused(HttpStatus.CONFLICT, code, arguments);
	}

	public static RequestRefused invalid(String code, Object... arguments) {
		return new RequestRefused(HttpStatus.BAD_REQUEST, code, arguments);
	}

	public static RequestRefused forbidden(String code, Object... arguments) {
		return new RequestRefused(HttpStatus.FORBIDDEN, code, arguments);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
