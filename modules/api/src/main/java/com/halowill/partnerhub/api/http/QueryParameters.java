package com.halowill.partnerhub.api.http;

import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.OrderRejected;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads query parameters; every malformed one becomes a field error, all reported at once. */
public final class QueryParameters {

    private final List<FieldError> errors = new ArrayList<>();

    /** A whole number, or null when absent. */
    public Integer integer(String name, String value, String expected) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return reject(name, expected);
        }
    }

    /** One of an enum's names, or null when absent. */
    public <E extends Enum<E>> E oneOf(Class<E> type, String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return reject(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** An ISO 8601 UTC timestamp, or null when absent. */
    public Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return reject(name, "must be an ISO 8601 UTC timestamp such as 2027-01-15T08:00:00Z");
        }
    }

    /** An ISO 8601 date, or the fallback when absent. */
    public LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return reject(name, "must be a date such as 2027-01-15");
        }
    }

    /** Records a failure found by the caller's own check. */
    public <T> T reject(String name, String message) {
        errors.add(new FieldError(name, message));
        return null;
    }

    /** Throws the collected errors as one 400 problem, if there are any. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new OrderRejected(errors);
        }
    }
}
