package de.quartiersnetz.cms.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for the user name or from the address: the attempt was not even checked. */
final class LoginThrottledException extends AuthenticationException {
    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("too many failed logins; try again in " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    Duration waitTime() {
        return wait;
    }
}
