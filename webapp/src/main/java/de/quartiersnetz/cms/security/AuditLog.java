package de.quartiersnetz.cms.security;

import java.time.Duration;
import java.util.Collection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security events as one line each on the logger {@code quartiersnetz.audit}, for operators to route to
 * their own file. Lines name the user and the client address, never a password. Names come from the
 * request, so anything but printable characters is replaced and they are cut to a sane length.
 */
public final class AuditLog {
    public static final String LOGGER = "quartiersnetz.audit";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final int LONGEST_VALUE = 64;

    public void loginSucceeded(String user, String address) {
        LOG.info("login succeeded: user={} address={}", clean(user), clean(address));
    }

    /** @param reason {@code bad-credentials}, {@code disabled}, ... */
    public void loginFailed(String user, String address, String reason) {
        LOG.warn("login failed: user={} address={} reason={}", clean(user), clean(address), reason);
    }

    public void loginRefused(String user, String address, Duration wait) {
        LOG.warn("login refused: user={} address={} reason=throttled wait={}s", clean(user), clean(address),
                wait.toSeconds());
    }

    public void logout(String user, String address) {
        LOG.info("logout: user={} address={}", clean(user), clean(address));
    }

    public void userCreated(String actor, String user, Collection<Role> roles) {
        LOG.info("user created: user={} roles={} by={}", clean(user), names(roles), clean(actor));
    }

    public void rolesChanged(String actor, String user, Collection<Role> roles) {
        LOG.info("roles changed: user={} roles={} by={}", clean(user), names(roles), clean(actor));
    }

    public void enabledChanged(String actor, String user, boolean enabled) {
        LOG.info("user {}: user={} by={}", enabled ? "enabled" : "disabled", clean(user), clean(actor));
    }

    public void passwordReset(String actor, String user) {
        LOG.info("password reset: user={} by={}", clean(user), clean(actor));
    }

    public void passwordChanged(String user, String address) {
        LOG.info("password changed: user={} address={}", clean(user), clean(address));
    }

    private static String names(Collection<Role> roles) {
        return roles.stream().map(Role::storedName).toList().toString();
    }

    static String clean(String value) {
        if (value == null) {
            return "-";
        }
        String shown = value.length() > LONGEST_VALUE ? value.substring(0, LONGEST_VALUE) + "…" : value;
        return "\"" + shown.replaceAll("[^\\p{L}\\p{N}\\p{P}\\p{S} ]", "?").replace("\"", "'") + "\"";
    }
}
