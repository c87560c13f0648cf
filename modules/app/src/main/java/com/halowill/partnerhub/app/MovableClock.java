package com.halowill.partnerhub.app;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one clock, injected wherever a module asks for {@link Clock}: the system time in the
 * business time zone (business dates such as today and ship dates follow it; timestamps are UTC instants).
 * Tests, the scenario replay and the demo world move it; nothing else does.
 */
@Singleton
public class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Clock current;

    MovableClock(@ConfigProperty(name = "partnerhub.business-zone", defaultValue = "America/Los_Angeles") ZoneId zone) {
        this.zone = zone;
        this.current = Clock.system(zone);
    }

    /** Stops the clock at an instant (a test, a replay step). */
    public void set(Instant instant) {
        current = Clock.fixed(instant, zone);
    }

    /** Lets the clock run on from an instant (the demo world's business day), at the system clock's pace. */
    public void runFrom(Instant instant) {
        current = Clock.offset(Clock.system(zone), Duration.between(Instant.now(), instant));
    }

    /** Back to the system time. */
    public void reset() {
        current = Clock.system(zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return current.withZone(other);
    }

    @Override
    public Instant instant() {
        return current.instant();
    }
}
