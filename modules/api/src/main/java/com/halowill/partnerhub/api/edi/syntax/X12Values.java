package com.halowill.partnerhub.api.edi.syntax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Formats typed values as X12 data: CCYYMMDD dates, HHMM times, plain decimals without trailing zeros. */
public final class X12Values {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private X12Values() {
    }

    public static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    public static String time(java.time.LocalTime time) {
        return time == null ? null : TIME.format(time);
    }

    public static String decimal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
