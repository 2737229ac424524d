package de.quartiersnetz.cms.security;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * One login attempt: refused without a password check while the {@link LoginThrottle} holds the user name or
 * address back, otherwise checked by the password provider; the outcome is counted and written to the
 * {@link AuditLog}.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {
    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, AuditLog audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String user = RepositoryUserDetailsService.normalize(attempt.getName());
        String address = address(attempt);
        Optional<Duration> wait = throttle.refusal(user, address);
        if (wait.isPresent()) {
            audit.loginRefused(user, address, wait.get());
            throw new LoginThrottledException(wait.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(user);
            audit.loginSucceeded(user, address);
            return signedIn;
        } catch (AuthenticationException e) {
            throttle.failed(user, address);
            audit.loginFailed(user, address, e instanceof AccountStatusException ? "disabled" : "bad-credentials");
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
    }
}
