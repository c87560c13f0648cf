package com.halowill.partnerhub.portal;

import com.halowill.partnerhub.orders.OrderStatus;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Arrays;
import java.util.List;

/** The filters of "My orders" as typed (status, PO number), with what is wrong with them and the next page's link. */
public record OrderFilter(String status, String po, String problem) {

    /** Orders on one page of "My orders". */
    static final int PAGE_SIZE = 50;

    static OrderFilter of(String status, String po) {
        String s = status == null ? "" : status.strip();
        String p = po == null ? "" : po.strip();
        if (!s.isEmpty() && Arrays.stream(OrderStatus.values()).noneMatch(v -> v.name().equals(s))) {
            return new OrderFilter("", p.length() > 64 ? "" : p, "There is no order status '" + s
                    + "'; showing every status.");
        }
        if (p.length() > 64) {
            return new OrderFilter(s, "", "A PO number has at most 64 characters; showing every PO number.");
        }
        return new OrderFilter(s, p, null);
    }

    OrderStatus orderStatus() {
        return status.isEmpty() ? null : OrderStatus.valueOf(status);
    }

    String poNumber() {
        return po.isEmpty() ? null : po;
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
        if (!status.isEmpty()) {
            b.queryParam("status", status);
        }
        if (!po.isEmpty()) {
            b.queryParam("po", po);
        }
        return b.build().toString();
    }
}
