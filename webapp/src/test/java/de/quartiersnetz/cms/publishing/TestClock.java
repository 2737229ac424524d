package de.quartiersnetz.cms.publishing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves forward, so publication and modification times are known and ordered. */
final class TestClock extends Clock {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private Instant now;

    TestClock(Instant start) {
        this.now = start;
    }

    void advance(Duration step) {
        now = now.plus(step);
    }

    @Override
    public ZoneId getZone() {
        return BERLIN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock keeps the editorial zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
