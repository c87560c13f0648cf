package com.halowill.partnerhub.api.edi.outbound;

import com.halowill.partnerhub.api.edi.syntax.Delimiters;
import com.halowill.partnerhub.api.edi.syntax.OrderPartners;
import com.halowill.partnerhub.api.edi.syntax.OutboundEnvelope;
import com.halowill.partnerhub.api.edi.syntax.Party;
import com.halowill.partnerhub.api.edi.syntax.X12ControlNumbers;
import com.halowill.partnerhub.api.edi.syntax.X12Version;
import com.halowill.partnerhub.orders.ChangeRequest;
import com.halowill.partnerhub.orders.ChangeRequestState;
import com.halowill.partnerhub.orders.LineAnswer;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.orders.ScheduleLine;
import com.halowill.partnerhub.orders.X12Profile;
import com.halowill.partnerhub.orders.X12Profiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The X12 documents HaloWill sends about an order: the 855 acknowledgment (one ACK per dated quantity, coded from
 * the line's answer), the 865 that answers a change of it and the 856 advance ship notice of a recorded shipment.
 */
@ApplicationScoped
public class X12Documents {

    /** HaloWill's interchange id (ISA06, mutually defined). */
    static final Party HALOWILL = new Party("ZZ", "HALOWILL");

    private final X12ControlNumbers numbers;
    private final OrderPartners partners;
    private final X12Profiles profiles;
    private final Clock clock;

    X12Documents(X12ControlNumbers numbers, OrderPartners partners, X12Profiles profiles, Clock clock) {
        this.profiles = profiles;
        this.numbers = numbers;
        this.partners = partners;
        this.clock = clock;
    }

    /**
     * The 855 of an order in the version asked for (null: the distributor's profile's, else 004010).
     *
     * @throws IllegalArgumentException when a value does not fit X12 (a PO number over 22 characters)
     */
    public String acknowledgment(PurchaseOrder order, X12Version asked) {
        Optional<X12Profile> profile = profiles.of(order.distributor());
        X12Version version = version(asked, profile);
        // One PO1 per line of the buyer: the order lines one 850 line was split into by its schedule answer together.
        Map<String, AcknowledgedLine> lines = new LinkedHashMap<>();
        boolean changed = false;
        boolean allRejected = !order.lines().isEmpty();
        for (OrderLine l : order.lines()) {
            LineAnswer answer = LineAnswer.of(l);
            changed |= answer != LineAnswer.ACCEPTED && answer != LineAnswer.PENDING;
            allRejected &= answer == LineAnswer.REJECTED;
            String buyers = buyerLine(l);
            AcknowledgedLine part = new AcknowledgedLine(buyers, BigDecimal.valueOf(l.quantity()), l.unitPrice(),
                    l.sku().value(), schedule(l, answer), l.buyerPart());
            lines.merge(buyers, part, (a, b) -> new AcknowledgedLine(buyers, a.orderedQuantity()
                    .add(b.orderedQuantity()), a.unitPrice(), a.sku(), concat(a.schedule(), b.schedule()),
                    a.buyerPart()));
        }
        AcknowledgmentType type = allRejected ? AcknowledgmentType.REJECTED_WITH_DETAIL
                : changed ? AcknowledgmentType.ACCEPTED_WITH_DETAIL_AND_CHANGES
                        : AcknowledgmentType.ACCEPTED_WITH_DETAIL_NO_CHANGES;
        String sellerOrder = version == X12Version.V005010 ? order.id().toString() : null;
        Optional<OrderPartners.Partner> partner = partners.of(order.id().value());
        return new PurchaseOrderAcknowledgment().write(envelope(order, version, profile, partner),
                new OrderAcknowledgment(sellerOrder, order.poNumber(),
                        order.createdAt().atZone(clock.getZone()).toLocalDate(), type,
                        partner.map(OrderPartners.Partner::contract).orElse(null), List.copyOf(lines.values())));
    }

    /** The line as the buyer numbered it: PO101 as sent where the order keeps it, else the line number. */
    private static String buyerLine(OrderLine l) {
        return l.buyerLine() != null ? l.buyerLine() : Integer.toString(l.lineNumber());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** ACK entries of a line: each dated quantity with its code, what is backordered, what was cut or rejected. */
    private static List<ScheduleEntry> schedule(OrderLine l, LineAnswer answer) {
        List<ScheduleEntry> entries = new ArrayList<>();
        if (answer == LineAnswer.REJECTED) {
            int shipped = l.shippedQuantity();
            if (shipped > 0) {
                entries.add(new ScheduleEntry(BigDecimal.valueOf(shipped), null, LineStatus.ACCEPTED));
            }
            entries.add(new ScheduleEntry(BigDecimal.valueOf(l.quantity() - shipped), null, LineStatus.REJECTED));
            return entries;
        }
        for (ScheduleLine s : l.commitments()) {
            LineStatus status = s.shipDate() == null ? LineStatus.BACKORDERED
                    : s.shipDate().isAfter(l.requestedDate()) ? LineStatus.DATE_RESCHEDULED
                            : l.acceptedQuantity() < l.quantity() ? LineStatus.QUANTITY_CHANGED : LineStatus.ACCEPTED;
            entries.add(new ScheduleEntry(BigDecimal.valueOf(s.quantity()), s.shipDate(), status));
        }
        if (l.acceptedQuantity() < l.quantity()) {
            entries.add(new ScheduleEntry(BigDecimal.valueOf(l.quantity() - l.acceptedQuantity()), null,
                    LineStatus.REJECTED));
        }
        return entries;
    }

    /**
     * The 865 answering one change request of the order, in the version asked for (null: as for the 855): per line
     * the change asked and its outcome; an accepted line's ACKs are its schedule now.
     */
    public String changeAcknowledgment(PurchaseOrder order, ChangeRequest request, X12Version asked) {
        Optional<X12Profile> profile = profiles.of(order.distributor());
        Map<Integer, OrderLine> byNumber = order.lines().stream()
                .collect(Collectors.toMap(OrderLine::lineNumber, Function.identity()));
        List<ChangeAcknowledgment.ChangedLine> lines = new ArrayList<>();
        boolean allRejected = !request.lines().isEmpty();
        boolean changed = false;
        for (ChangeRequest.Line l : request.lines()) {
            OrderLine line = byNumber.get(l.lineNumber());
            int units = l.cancel() || l.quantity() == null ? l.fromQuantity() : l.quantity();
            allRejected &= l.outcome() == ChangeRequestState.REJECTED;
            List<ScheduleEntry> answer;
            if (l.outcome() != ChangeRequestState.ACCEPTED) {
                changed = true;
                answer = List.of(new ScheduleEntry(BigDecimal.valueOf(units), null,
                        l.outcome() == ChangeRequestState.REJECTED ? LineStatus.REJECTED : LineStatus.ON_HOLD));
            } else if (l.cancel() || line == null) {
                answer = List.of(new ScheduleEntry(BigDecimal.valueOf(units), null,
                        l.cancel() ? LineStatus.DELETED : LineStatus.ACCEPTED));
            } else {
                answer = schedule(line, LineAnswer.of(line));
                changed |= answer.stream().anyMatch(e -> e.status() != LineStatus.ACCEPTED);
            }
            lines.add(new ChangeAcknowledgment.ChangedLine(line == null ? Integer.toString(l.lineNumber())
                    : buyerLine(line), changeType(l), l.cancel() ? null : l.quantity(), l.sku().value(), answer));
        }
        AcknowledgmentType type = allRejected ? AcknowledgmentType.REJECTED_WITH_DETAIL
                : changed ? AcknowledgmentType.ACCEPTED_WITH_DETAIL_AND_CHANGES
                        : AcknowledgmentType.ACCEPTED_WITH_DETAIL_NO_CHANGES;
        return new PurchaseOrderChangeAcknowledgment().write(envelope(order, version(asked, profile), profile),
                new ChangeAcknowledgment(request.id().toString(), order.poNumber(),
                        order.createdAt().atZone(clock.getZone()).toLocalDate(), type, lines));
    }

    /** POC02 for a change: DI deleted, QD or QI a quantity down or up, CT a date alone, CA a date and quantity. */
    private static String changeType(ChangeRequest.Line l) {
        if (l.cancel()) {
            return "DI";
        }
        if (l.quantity() == null) {
            return "CT";
        }
        if (l.requestedDate() != null || l.quantity() == l.fromQuantity()) {
            return "CA";
        }
        return l.quantity() < l.fromQuantity() ? "QD" : "QI";
    }

    /** The 856 of one shipment of the order, in the version asked for (null: as for the 855). */
    public String shipmentNotice(PurchaseOrder order, com.halowill.partnerhub.commitments.Shipment shipment,
            X12Version asked) {
        Optional<X12Profile> profile = profiles.of(order.distributor());
        X12Version version = version(asked, profile);
        Map<String, OrderLine> byRef = order.lines().stream()
                .collect(Collectors.toMap(l -> l.demandRef().value(), Function.identity()));
        List<ShippedItem> items = shipment.lines().stream().filter(s -> byRef.containsKey(s.demandRef().value()))
                .map(s -> new ShippedItem(buyerLine(byRef.get(s.demandRef().value())),
                        byRef.get(s.demandRef().value()).sku().value(), BigDecimal.valueOf(s.quantity()),
                        byRef.get(s.demandRef().value()).buyerPart())).toList();
        String id = shipment.id().toString().replace("-", "").substring(0, 30);
        return new AdvanceShipNotice().write(envelope(order, version, profile), new Shipment(id,
                shipment.shipDate(), shipment.carrier() == null ? null : scac(shipment.carrier()),
                shipment.tracking(), order.poNumber(), null, items));
    }

    private static String scac(String carrier) {
        String letters = carrier.toUpperCase().replaceAll("[^A-Z]", "");
        return letters.length() < 2 ? null : letters.substring(0, Math.min(4, letters.length()));
    }

    /** The 850 transaction the order came from, as the partner's interchange carried it, if it came by X12. */
    public Optional<String> received(PurchaseOrder order) {
        return partners.received(order.id().value());
    }

    /** The version asked for, else the one the distributor's profile names, else 004010. */
    private static X12Version version(X12Version asked, Optional<X12Profile> profile) {
        return asked != null ? asked
                : profile.map(p -> X12Version.ofGroupVersion(p.version())).orElse(X12Version.V004010);
    }

    /**
     * Addressed as the distributor's trading-partner profile says (its ISA party, GS id and separators), else to the
     * parties the order came in from by X12, else to the distributor's code (qualifier ZZ).
     */
    private OutboundEnvelope envelope(PurchaseOrder order, X12Version version, Optional<X12Profile> profile) {
        return envelope(order, version, profile, profile.isPresent() ? Optional.empty()
                : partners.of(order.id().value()));
    }

    private OutboundEnvelope envelope(PurchaseOrder order, X12Version version, Optional<X12Profile> profile,
            Optional<OrderPartners.Partner> partner) {
        if (profile.isPresent()) {
            X12Profile p = profile.get();
            Delimiters syntax = new Delimiters(p.segmentTerminator(), p.elementSeparator(), p.componentSeparator(),
                    Delimiters.NONE).withRepetitionFallback();
            return OutboundEnvelope.of(HALOWILL, new Party(p.isaQualifier(), p.isaId()), version, numbers.next(),
                    LocalDateTime.now(clock)).toGroup(p.groupId()).withSyntax(syntax, true);
        }
        OutboundEnvelope envelope = OutboundEnvelope.of(HALOWILL, partner.map(OrderPartners.Partner::party)
                .orElse(new Party("ZZ", order.distributor().value())), version, numbers.next(),
                LocalDateTime.now(clock));
        return partner.map(p -> envelope.toGroup(p.groupId())).orElse(envelope);
    }
}
