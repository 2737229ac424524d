package de.quartiersnetz.cms.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator settings of the login throttle under {@code quartiersnetz.login.*}. After the allowed number of
 * failed logins, further attempts are refused for {@code firstDelay}; every further failure doubles the
 * delay, up to {@code maxDelay}. The count starts afresh after {@code failureWindow} without failures (counted
 * from the end of the last refusal); a successful login clears the user name's count.
 *
 * @param maxFailuresPerUser    failed logins for one user name before it is held back
 * @param maxFailuresPerAddress failed logins from one client address (any user names) before it is held back;
 *                              higher, because an office often shares one address
 * @param failureWindow         quiet time after which failed logins are forgotten
 * @param firstDelay            the first refusal period
 * @param maxDelay              the longest refusal period
 */
@ConfigurationProperties("quartiersnetz.login")
public record LoginProperties(Integer maxFailuresPerUser, Integer maxFailuresPerAddress, Duration failureWindow,
                              Duration firstDelay, Duration maxDelay) {
    public LoginProperties {
        maxFailuresPerUser = maxFailuresPerUser == null ? 5 : maxFailuresPerUser;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
        failureWindow = failureWindow == null ? Duration.ofMinutes(15) : failureWindow;
        firstDelay = firstDelay == null ? Duration.ofMinutes(1) : firstDelay;
        maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
    }

    /** The defaults described above. */
    public static LoginProperties defaults() {
        return new LoginProperties(null, null, null, null, null);
    }
}
