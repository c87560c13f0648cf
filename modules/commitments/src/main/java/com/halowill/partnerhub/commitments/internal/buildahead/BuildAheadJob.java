package com.halowill.partnerhub.commitments.internal.buildahead;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the build-ahead at the factory's end of every business day (nothing moves unless a build is ready that day). */
@ApplicationScoped
public class BuildAheadJob {

    private final BuildAheadDesk desk;

    public BuildAheadJob(BuildAheadDesk desk) {
        this.desk = desk;
    }

    @Scheduled(cron = "${partnerhub.build-ahead.cron}", timeZone = "${partnerhub.business-zone:America/Los_Angeles}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void endOfDay() {
        desk.buildAhead("build-ahead");
    }
}
