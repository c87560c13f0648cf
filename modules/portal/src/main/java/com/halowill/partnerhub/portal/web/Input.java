package com.halowill.partnerhub.portal.web;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.orders.OrderId;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/** What people type or put in a URL, read for the pages: ids, dates, and values echoed back in a message. */
public final class Input {

    private Input() {
    }

    /** An order's or request's id from the URL; empty when it is not a UUID (the page answers "not found"). */
    public static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** An order's id from the URL; empty when it is not a UUID. */
    public static Optional<OrderId> orderId(String id) {
        return uuid(id).map(OrderId::new);
    }

    /** A product's SKU as typed or chosen; empty when none was. */
    public static Optional<Sku> sku(String typed) {
        return typed == null ? Optional.empty() : Sku.of(typed.strip());
    }

    /** A distributor's code as chosen; empty when none was. */
    public static Optional<DistributorCode> distributor(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(new DistributorCode(typed.strip()));
    }

    /** A date as a form sends it (2026-12-14); empty when it is none. */
    public static Optional<LocalDate> date(String typed) {
        try {
            return Optional.of(LocalDate.parse(typed == null ? "" : typed.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A typed value as a message quotes it: stripped, at most 40 characters. */
    public static String echo(String value) {
        String v = value.strip();
        return v.length() > 40 ? v.substring(0, 40) + "..." : v;
    }

    /** Money or a percentage as typed (such as 629.00): at least 0, at most 2 decimals, below {@code limit}. */
    public static Optional<BigDecimal> amount(String typed, BigDecimal limit) {
        try {
            BigDecimal a = new BigDecimal(typed == null ? "" : typed.strip());
            return a.signum() < 0 || a.scale() > 2 || a.compareTo(limit) >= 0 ? Optional.empty()
                    : Optional.of(a.setScale(2));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A form's one-time key (a UUID the page put in it), or null when it has none or something else. */
    public static String key(String typed) {
        return uuid(typed == null ? null : typed.strip()).map(UUID::toString).orElse(null);
    }

    /** A form field as typed, stripped; empty when the form does not have it. */
    public static String field(MultivaluedMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v.strip();
    }
}
