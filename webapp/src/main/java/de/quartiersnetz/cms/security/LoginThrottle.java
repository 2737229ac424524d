package de.quartiersnetz.cms.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds back password guessing: counts failed logins per user name and per client address and refuses
 * further attempts for a growing delay (see {@link LoginProperties}). Unknown user names are counted like
 * known ones, so a refusal says nothing about whether a user exists. Kept in memory: a restart forgets.
 */
public final class LoginThrottle {
    private static final int KEYS_BEFORE_CLEAN_UP = 10_000;
    private static final int LONGEST_NAME = 64;

    private final LoginProperties settings;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(LoginProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long an attempt for this user name from this address must wait; empty when it may go ahead. */
    public Optional<Duration> refusal(String user, String address) {
        Instant now = clock.instant();
        Duration wait = longer(remaining(userKey(user), now), remaining(addressKey(address), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String user, String address) {
        Instant now = clock.instant();
        if (failures.size() > KEYS_BEFORE_CLEAN_UP) {
            failures.values().removeIf(entry -> entry.forgotten(now, settings.failureWindow()));
        }
        count(userKey(user), settings.maxFailuresPerUser(), now);
        count(addressKey(address), settings.maxFailuresPerAddress(), now);
    }

    /** A correct password clears the user name's failures (not the address's: one account must not reset them). */
    public void succeeded(String user) {
        failures.remove(userKey(user));
    }

    private void count(String key, int allowed, Instant now) {
        failures.compute(key, (k, entry) -> {
            Failures counted = entry == null ? new Failures() : entry;
            counted.add(now, allowed, settings);
            return counted;
        });
    }

    private Duration remaining(String key, Instant now) {
        Failures entry = failures.get(key);
        return entry == null ? Duration.ZERO : entry.remaining(now);
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String userKey(String user) {
        String name = user == null ? "" : user;
        return "user:" + (name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /**
     * The failures of one user name or address and until when it is held back. The count starts afresh only
     * after a quiet window following both the last failure and the last refusal period, so trying again the
     * moment a refusal ends keeps the delay growing.
     */
    private static final class Failures {
        private int count;
        private Instant quietFrom = Instant.MIN;
        private Instant lockedUntil = Instant.MIN;

        synchronized void add(Instant now, int allowed, LoginProperties settings) {
            if (now.isAfter(quietFrom.plus(settings.failureWindow()))) {
                count = 0;
            }
            count++;
            int beyond = count - allowed;
            if (beyond >= 0) {
                Duration delay = settings.firstDelay().multipliedBy(1L << Math.min(beyond, 20));
                lockedUntil = now.plus(delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay);
            }
            quietFrom = lockedUntil.isAfter(now) ? lockedUntil : now;
        }

        synchronized Duration remaining(Instant now) {
            return lockedUntil.isAfter(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
        }

        synchronized boolean forgotten(Instant now, Duration window) {
            return now.isAfter(quietFrom.plus(window));
        }
    }
}
