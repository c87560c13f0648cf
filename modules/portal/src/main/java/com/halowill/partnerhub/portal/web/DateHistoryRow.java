package com.halowill.partnerhub.portal.web;

import com.halowill.partnerhub.commitments.HistoryEntry;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.PurchaseOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One date given for an order line, as the order pages list them: when, who, what, why, and the schedule. */
public record DateHistoryRow(int lineNumber, String sku, Instant at, String actor, String action, String reason,
        String note, String schedule) {

    public static List<DateHistoryRow> of(PurchaseOrder order, List<HistoryEntry> history) {
        Map<String, OrderLine> lines = order.lines().stream()
                .collect(Collectors.toMap(l -> l.demandRef().value(), l -> l));
        List<DateHistoryRow> out = new ArrayList<>();
        for (HistoryEntry h : history) {
            OrderLine l = lines.get(h.demandRef().value());
            if (l != null) {
                out.add(new DateHistoryRow(l.lineNumber(), l.sku().value(), h.at(), h.actor(), h.action(),
                        h.reason().text(), h.note(), text(h.schedule())));
            }
        }
        return out;
    }

    public static String text(List<ScheduleLine> schedule) {
        List<String> parts = new ArrayList<>();
        schedule.forEach(s -> parts.add(s.quantity() + (s.shipDate() == null ? " backordered" : " ship " + s.shipDate())));
        return parts.isEmpty() ? "nothing" : String.join("; ", parts);
    }
}
