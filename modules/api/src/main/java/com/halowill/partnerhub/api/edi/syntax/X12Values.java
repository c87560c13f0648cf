package com.halowill.partnerhub.api.edi.syntax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Formats typed values as X12 data: CCYYMMDD dates, HHMM times, plain decimals without trailing zeros. */
public final class X12Values {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter RECEIVED_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
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

    /** A received whole number (trailing zero decimals allowed, as in {@code 100.00}), or null when it is not one. */
    public static Integer whole(String value) {
        if (value == null) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(value);
            return d.stripTrailingZeros().scale() > 0 ? null : d.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** A received CCYYMMDD date, or null when it is not a real one. */
    public static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, RECEIVED_DATE);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
