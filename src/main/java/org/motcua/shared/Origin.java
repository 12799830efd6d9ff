package org.motcua.shared;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did something, from where and when: the username of the actor (or {@code system}
 * for jobs and start-up work), the client address of the request (or {@code null} outside
 * a request), and the instant.
 */
public record Origin(String username, String address, Instant at) implements Serializable {

	public static final String SYSTEM = "system";

	/** The origin of the current request, or the system when no one is logged in. */
	public static Origin current(Clock clock) {
		String username = Actor.current().map(Actor::username).orElse(SYSTEM);
		String address = null;
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			address = request.getRemoteAddr();
		}
		return new Origin(username, address, clock.instant());
	}

}
