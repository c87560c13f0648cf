package com.halowill.partnerhub.portal.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages write times: to the minute, in UTC, said so ({@code 2026-11-24 11:06 UTC}). */
@TemplateExtension
final class Formats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    static String shortTime(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    /** A share as a whole percentage: {@code 0.934} is {@code 93%}. */
    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
