package de.quartiersnetz.cms.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Password guessing is held back per user name and per address, for a delay that grows, and forgotten later. */
class LoginThrottleTest {
    private final SteppingClock clock = new SteppingClock();
    private final LoginThrottle throttle = new LoginThrottle(LoginProperties.defaults(), clock);

    @Test
    void fourFailuresAreForgivenTheFifthHoldsTheUserNameBackForAMinute() {
        failTimes(4, "erika", "192.0.2.1");
        assertThat(throttle.refusal("erika", "192.0.2.1")).isEmpty();

        throttle.failed("erika", "192.0.2.1");
        assertThat(throttle.refusal("erika", "192.0.2.1")).contains(Duration.ofMinutes(1));
        assertThat(throttle.refusal("erika", "198.51.100.7")).as("from any address").contains(Duration.ofMinutes(1));
        assertThat(throttle.refusal("max", "192.0.2.1")).as("other users from the same address").isEmpty();

        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.refusal("erika", "192.0.2.1")).isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheDelayUpToFifteenMinutes() {
        failTimes(5, "erika", "192.0.2.1");
        for (int minutes : new int[] {2, 4, 8, 15, 15}) {
            clock.advance(throttle.refusal("erika", "192.0.2.1").orElseThrow());
            throttle.failed("erika", "192.0.2.1");
            assertThat(throttle.refusal("erika", "192.0.2.1")).contains(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void unknownAndKnownUserNamesAreCountedAlike() {
        failTimes(5, "nobody-by-this-name", "192.0.2.1");
        assertThat(throttle.refusal("nobody-by-this-name", "192.0.2.9")).isPresent();
    }

    @Test
    void oneAddressTryingManyUserNamesIsHeldBackAfterTwentyFailures() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("guess-" + i, "203.0.113.5");
        }
        assertThat(throttle.refusal("superuser", "203.0.113.5")).isEmpty();
        throttle.failed("guess-19", "203.0.113.5");
        assertThat(throttle.refusal("superuser", "203.0.113.5")).contains(Duration.ofMinutes(1));
        assertThat(throttle.refusal("superuser", "192.0.2.1")).as("the user from elsewhere").isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        failTimes(4, "erika", "192.0.2.1");
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("erika", "192.0.2.1");
        assertThat(throttle.refusal("erika", "192.0.2.1")).isEmpty();
    }

    @Test
    void aQuietWindowAfterTheRefusalPeriodForgetsTheFailures() {
        failTimes(5, "erika", "192.0.2.1");
        clock.advance(Duration.ofMinutes(1 + 14));
        throttle.failed("erika", "192.0.2.1");
        assertThat(throttle.refusal("erika", "192.0.2.1")).as("14 quiet minutes are not enough").contains(Duration.ofMinutes(2));

        clock.advance(Duration.ofMinutes(2 + 16));
        throttle.failed("erika", "192.0.2.1");
        assertThat(throttle.refusal("erika", "192.0.2.1")).isEmpty();
    }

    @Test
    void aCorrectPasswordClearsTheUserNameButNotTheAddress() {
        failTimes(4, "erika", "192.0.2.1");
        throttle.succeeded("erika");
        throttle.failed("erika", "192.0.2.1");
        assertThat(throttle.refusal("erika", "192.0.2.1")).isEmpty();

        for (int i = 0; i < 15; i++) {
            throttle.failed("guess-" + i, "192.0.2.1");
        }
        throttle.succeeded("erika");
        assertThat(throttle.refusal("someone", "192.0.2.1")).as("20 failures from the address, success or not").isPresent();
    }

    private void failTimes(int times, String user, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
            clock.advance(Duration.ofSeconds(1));
        }
    }

    /** Time that moves only when the test says so. */
    private static final class SteppingClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T16:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
