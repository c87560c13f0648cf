package com.halowill.partnerhub.portal.partner;

import com.halowill.partnerhub.orders.OrderStatus;
import com.halowill.partnerhub.portal.web.Input;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The filters of "My orders" as typed (status, PO number, part number, received from and to), with what is wrong
 * with them and the next page's link. A filter that cannot be used is dropped and said so; the others still apply.
 */
public record OrderFilter(String status, String po, String sku, String from, String to, String problem) {

    /** Orders on one page of "My orders". */
    static final int PAGE_SIZE = 50;

    static OrderFilter of(String status, String po, String sku, String from, String to) {
        List<String> problems = new ArrayList<>();
        String s = clean(status);
        if (!s.isEmpty() && Arrays.stream(OrderStatus.values()).noneMatch(v -> v.name().equals(s))) {
            problems.add("There is no order status '" + Input.echo(s) + "'; showing every status.");
        }
        String p = clean(po);
        if (p.length() > 64) {
            problems.add("A PO number has at most 64 characters; showing every PO number.");
        }
        String k = clean(sku).toUpperCase(java.util.Locale.ROOT);
        if (k.length() > 64) {
            problems.add("A part number has at most 64 characters; showing every part number.");
        }
        String f = date(clean(from), "from", problems);
        String t = date(clean(to), "to", problems);
        if (!f.isEmpty() && !t.isEmpty() && LocalDate.parse(t).isBefore(LocalDate.parse(f))) {
            problems.add("The 'received to' date is before the 'received from' date; showing every date.");
            f = "";
            t = "";
        }
        return new OrderFilter(problems.stream().anyMatch(m -> m.contains("status")) ? "" : s,
                p.length() > 64 ? "" : p, k.length() > 64 ? "" : k, f, t,
                problems.isEmpty() ? null : String.join(" ", problems));
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    private static String date(String value, String which, List<String> problems) {
        if (value.isEmpty()) {
            return "";
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            problems.add("The 'received " + which + "' date must look like 2027-01-15; ignoring it.");
            return "";
        }
    }

    OrderStatus orderStatus() {
        return status.isEmpty() ? null : OrderStatus.valueOf(status);
    }

    String poNumber() {
        return po.isEmpty() ? null : po;
    }

    String partNumber() {
        return sku.isEmpty() ? null : sku;
    }

    /** The start of the "from" day in the business zone, or null. */
    Instant receivedFrom(ZoneId zone) {
        return from.isEmpty() ? null : LocalDate.parse(from).atStartOfDay(zone).toInstant();
    }

    /** The end of the "to" day (the next day's start) in the business zone, or null. */
    Instant receivedBefore(ZoneId zone) {
        return to.isEmpty() ? null : LocalDate.parse(to).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether any filter is set. */
    public boolean any() {
        return !status.isEmpty() || !po.isEmpty() || !sku.isEmpty() || !from.isEmpty() || !to.isEmpty();
    }

    /** Every status, for the filter's select. */
    public List<String> statuses() {
        return Arrays.stream(OrderStatus.values()).map(Enum::name).toList();
    }

    /** The link to the next page with the same filters, or null on the last page. */
    String next(String cursor) {
        if (cursor == null) {
            return null;
        }
        UriBuilder b = UriBuilder.fromPath("/portal/orders").queryParam("cursor", cursor);
        String[][] params = {{"status", status}, {"po", po}, {"sku", sku}, {"from", from}, {"to", to}};
        for (String[] param : params) {
            if (!param[1].isEmpty()) {
                b.queryParam(param[0], param[1]);
            }
        }
        return b.build().toString();
    }
}
