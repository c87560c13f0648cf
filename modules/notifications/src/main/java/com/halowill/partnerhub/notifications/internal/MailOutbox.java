package com.halowill.partnerhub.notifications.internal;

import com.halowill.partnerhub.commitments.Shipment;
import com.halowill.partnerhub.commitments.ShipmentLine;
import com.halowill.partnerhub.commitments.ShipmentRecorded;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.OrderStatus;
import com.halowill.partnerhub.orders.OrderUpdates;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.orders.ScheduleLine;
import com.halowill.partnerhub.platform.RowIds;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the mails partners asked for, in the transaction of the change they tell about (so a change that rolls
 * back sends none, and one that commits is never without its mail): an order acknowledged, dates moved (one mail per
 * person for all the lines a change moved, each with before, after and the reason), a shipment with its tracking
 * and serial numbers. {@link MailRelay} sends them.
 */
@ApplicationScoped
class MailOutbox {

    /** A line of an acknowledged order. */
    public record AckLine(int lineNumber, String sku, int quantity, String schedule) {
    }

    /** An acknowledgment mail. */
    public record AckMail(String poNumber, List<AckLine> lines, String link, String preferencesLink) {
    }

    /** A line whose date moved. */
    public record MovedLine(String poNumber, int lineNumber, String sku, String before, String after, String reason,
            String link) {
    }

    /** A moved-dates mail. */
    public record MovedMail(List<MovedLine> lines, String preferencesLink) {
    }

    /** A shipped line. */
    public record ShippedLine(int lineNumber, String sku, int quantity, String serials) {
    }

    /** A shipment mail. */
    public record ShippedMail(String poNumber, LocalDate shipDate, String carrier, String tracking,
            List<ShippedLine> lines, String link, String preferencesLink) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance acknowledgedText(AckMail mail);

        static native TemplateInstance acknowledgedHtml(AckMail mail);

        static native TemplateInstance movedText(MovedMail mail);

        static native TemplateInstance movedHtml(MovedMail mail);

        static native TemplateInstance shippedText(ShippedMail mail);

        static native TemplateInstance shippedHtml(ShippedMail mail);
    }

    /** A subscriber of a distributor. */
    private record Subscriber(String username, String email, boolean acknowledgments, boolean movedDates,
            boolean shipments, boolean digest) {
    }

    private final EntityManager em;
    private final Orders orders;
    private final Clock clock;
    private final MailConfig config;

    MailOutbox(EntityManager em, Orders orders, Clock clock, MailConfig config) {
        this.em = em;
        this.orders = orders;
        this.clock = clock;
        this.config = config;
    }

    void onOrderUpdates(@Observes OrderUpdates updates) {
        Map<String, List<OrderUpdates.LineUpdate>> moved = new LinkedHashMap<>();
        for (OrderUpdates.LineUpdate l : updates.lines()) {
            if (moved(l)) {
                moved.computeIfAbsent(l.distributor().value(), k -> new ArrayList<>()).add(l);
            }
        }
        List<OrderUpdates.StatusUpdate> acknowledged = updates.orders().stream()
                .filter(o -> o.after() == OrderStatus.ACKNOWLEDGED).toList();
        if (moved.isEmpty() && acknowledged.isEmpty()) {
            return;
        }
        List<String> distributors = new ArrayList<>(moved.keySet());
        acknowledged.forEach(o -> distributors.add(o.distributor().value()));
        Map<String, List<Subscriber>> subscribers = subscribers(distributors);
        if (subscribers.isEmpty()) {
            return;
        }
        List<Object[]> mails = new ArrayList<>();
        for (OrderUpdates.StatusUpdate o : acknowledged) {
            List<Subscriber> to = subscribers.getOrDefault(o.distributor().value(), List.of()).stream()
                    .filter(Subscriber::acknowledgments).toList();
            if (to.isEmpty()) {
                continue;
            }
            Optional<PurchaseOrder> order = orders.find(o.orderId());
            List<AckLine> lines = order.map(p -> p.lines().stream().map(l -> new AckLine(l.lineNumber(),
                    l.sku().value(), l.quantity(), schedule(l.commitments()))).toList()).orElse(List.of());
            AckMail mail = new AckMail(o.poNumber(), lines, config.link("/portal/orders/" + o.orderId()),
                    preferences());
            String subject = "PO " + o.poNumber() + " acknowledged by HaloWill";
            to.forEach(s -> mails.add(row(s, "ACKNOWLEDGED", subject, Templates.acknowledgedText(mail).render(),
                    Templates.acknowledgedHtml(mail).render())));
        }
        moved.forEach((distributor, lines) -> {
            List<Subscriber> to = subscribers.getOrDefault(distributor, List.of()).stream()
                    .filter(Subscriber::movedDates).toList();
            if (to.isEmpty()) {
                return;
            }
            MovedMail mail = new MovedMail(lines.stream().map(l -> new MovedLine(l.poNumber(), l.lineNumber(),
                    l.sku().value(), schedule(l.before()), schedule(l.after()), l.reason(),
                    config.link("/portal/orders/" + l.orderId()))).toList(), preferences());
            String subject = lines.size() == 1 ? "Delivery date moved: PO " + lines.get(0).poNumber() + " line "
                    + lines.get(0).lineNumber() : lines.size() + " delivery dates moved";
            to.forEach(s -> mails.add(row(s, "MOVED", subject, Templates.movedText(mail).render(),
                    Templates.movedHtml(mail).render())));
        });
        write(mails);
    }

    void onShipment(@Observes ShipmentRecorded recorded) {
        Shipment s = recorded.shipment();
        List<Subscriber> to = subscribers(List.of(s.distributor().value())).getOrDefault(s.distributor().value(),
                List.of()).stream()
                .filter(Subscriber::shipments).toList();
        if (to.isEmpty()) {
            return;
        }
        Optional<PurchaseOrder> order = OrderId.of(s.reference()).flatMap(orders::find);
        Map<String, OrderLine> byRef = order.map(o -> o.lines().stream()
                .collect(Collectors.toMap(l -> l.demandRef().value(), l -> l))).orElse(Map.of());
        List<ShippedLine> lines = new ArrayList<>();
        for (ShipmentLine l : s.lines()) {
            OrderLine line = byRef.get(l.demandRef().value());
            lines.add(new ShippedLine(line == null ? 0 : line.lineNumber(), line == null ? "" : line.sku().value(),
                    l.quantity(), String.join(", ", l.serials())));
        }
        String po = order.map(PurchaseOrder::poNumber).orElse(s.reference());
        ShippedMail mail = new ShippedMail(po, s.shipDate(), s.carrier(), s.tracking(), lines,
                config.link("/portal/orders/" + s.reference()), preferences());
        String subject = "Shipped: PO " + po + (s.tracking() == null ? "" : ", tracking " + s.tracking());
        List<Object[]> mails = new ArrayList<>();
        to.forEach(u -> mails.add(row(u, "SHIPPED", subject, Templates.shippedText(mail).render(),
                Templates.shippedHtml(mail).render())));
        write(mails);
    }

    /** A date partners saw changed: quantities or ship dates differ, or the line lost its date. */
    static boolean moved(OrderUpdates.LineUpdate l) {
        if (l.before().isEmpty() || "SHIPPED".equals(l.reasonCode())) {
            return false;
        }
        return !dated(l.before()).equals(dated(l.after()));
    }

    private static List<String> dated(List<ScheduleLine> schedule) {
        return schedule.stream().map(s -> s.quantity() + "@" + s.shipDate()).sorted().toList();
    }

    private static String schedule(List<ScheduleLine> schedule) {
        if (schedule.isEmpty()) {
            return "no date yet";
        }
        return schedule.stream().map(s -> s.shipDate() == null ? s.quantity() + " without a date"
                : s.quantity() + " ship " + s.shipDate()).collect(Collectors.joining(", "));
    }

    private String preferences() {
        return config.link("/portal/preferences");
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<Subscriber>> subscribers(List<String> distributors) {
        List<Object[]> rows = em.createNativeQuery("""
                select distributor, username, email, acknowledgments, moved_dates, shipments, digest
                from notifications.mail_preference where distributor = any(cast(?1 as varchar[]))
                and (acknowledgments or moved_dates or shipments)""")
                .setParameter(1, distributors.stream().distinct().toArray(String[]::new)).getResultList();
        Map<String, List<Subscriber>> out = new LinkedHashMap<>();
        rows.forEach(r -> out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new Subscriber(
                (String) r[1], (String) r[2], (Boolean) r[3], (Boolean) r[4], (Boolean) r[5], (Boolean) r[6])));
        return out;
    }

    private static Object[] row(Subscriber s, String kind, String subject, String text, String html) {
        return new Object[] {s.username(), s.email(), kind, subject.length() > 300 ? subject.substring(0, 300)
                : subject, text, html, s.digest() ? "HELD" : "PENDING"};
    }

    private void write(List<Object[]> mails) {
        if (mails.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        int n = mails.size();
        em.createNativeQuery("""
                insert into notifications.mail (id, username, email, kind, subject, text_body, html_body, status,
                    next_attempt_at, created_at)
                select m.*, ?8, ?8 from unnest(cast(?1 as uuid[]), cast(?2 as varchar[]), cast(?3 as varchar[]),
                    cast(?4 as varchar[]), cast(?5 as varchar[]), cast(?6 as text[]), cast(?7 as text[]),
                    cast(?9 as varchar[])) as m(id, username, email, kind, subject, text_body, html_body, status)""")
                .setParameter(1, mails.stream().map(m -> RowIds.next()).toArray(java.util.UUID[]::new))
                .setParameter(2, column(mails, 0, n)).setParameter(3, column(mails, 1, n))
                .setParameter(4, column(mails, 2, n)).setParameter(5, column(mails, 3, n))
                .setParameter(6, column(mails, 4, n)).setParameter(7, column(mails, 5, n)).setParameter(8, now)
                .setParameter(9, column(mails, 6, n)).executeUpdate();
    }

    private static String[] column(List<Object[]> rows, int i, int n) {
        String[] out = new String[n];
        for (int k = 0; k < n; k++) {
            out[k] = Objects.toString(rows.get(k)[i]);
        }
        return out;
    }
}
