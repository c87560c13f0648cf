package com.halowill.partnerhub.api.edi.inbound;
import com.halowill.partnerhub.api.edi.syntax.ElementSyntaxCode;
import com.halowill.partnerhub.api.edi.syntax.SegmentSyntaxCode;
import com.halowill.partnerhub.api.edi.syntax.X12Values;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.orders.Channel;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.SubmitLine;
import com.halowill.partnerhub.orders.SubmitOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a received 850 to the same order the JSON API takes, and the intake's field errors back to the 850's
 * segments and elements (AK3/AK4), so an EDI sender sees every error where it made it.
 */
final class X12OrderMapping {

    /** Lines scheduled for several dates are numbered PO101 x 1000 plus the SCH's place: PO101 must stay below this. */
    static final int MAX_SCHEDULED_LINE = 2_000_000;
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

    private X12OrderMapping() {
    }

    /** The order, or null with {@code errors} filled when a value cannot be what the API expects. */
    static SubmitOrder order(PurchaseOrder po, DistributorCode distributor, String currency, String idempotencyKey,
            String actor, List<X12Error> errors) {
        List<SubmitLine> lines = new ArrayList<>();
        for (PurchaseOrderLine l : po.lines()) {
            Integer number = whole(l.lineNumber());
            if (number == null) {
                errors.add(X12Error.onLine(l, 1, "350", ElementSyntaxCode.INVALID_CHARACTER, l.lineNumber(),
                        "the line number must be a whole number"));
            }
            Integer quantity = whole(l.quantity());
            if (quantity == null) {
                errors.add(X12Error.onLine(l, 2, "330", ElementSyntaxCode.INVALID_CHARACTER, l.quantity(),
                        "the quantity must be a whole number of units"));
            }
            if (l.unitOfMeasure() != null && !"EA".equals(l.unitOfMeasure())) {
                errors.add(X12Error.onLine(l, 3, "355", ElementSyntaxCode.INVALID_CODE_VALUE, l.unitOfMeasure(),
                        "modules are ordered in EA (each)"));
            }
            BigDecimal price = null;
            if (l.unitPrice() != null) {
                try {
                    price = new BigDecimal(l.unitPrice());
                } catch (NumberFormatException e) {
                    errors.add(X12Error.onLine(l, 4, "212", ElementSyntaxCode.INVALID_CHARACTER, l.unitPrice(),
                            "the unit price is not a number"));
                }
            }
            if (l.schedule().size() > 1) {
                lines.addAll(scheduled(l, number, quantity, price, errors));
                continue;
            }
            LocalDate requested = date(l.requestedDate());
            if (l.requestedDate() != null && requested == null) {
                errors.add(dateError(l, ElementSyntaxCode.INVALID_DATE, "not a date (CCYYMMDD)"));
            }
            if (l.schedule().size() == 1) {
                scheduledTotal(l, whole(l.schedule().get(0).quantity()), quantity, errors);
            }
            String asSent = number != null && !l.lineNumber().equals(number.toString()) ? l.lineNumber() : null;
            lines.add(new SubmitLine(number, l.sku(), quantity, requested, price, asSent, l.buyerPart()));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new SubmitOrder(distributor, idempotencyKey, Channel.EDI, po.poNumber(), po.shipTo(),
                po.currency() == null ? currency : po.currency(), lines, po.note(), actor);
    }

    /**
     * A PO1 scheduled for several dates (SCH): one order line per SCH, for its quantity and date, numbered PO101 x 1000
     * plus its place (line 10's second date is line 10002) and keeping PO101 as the buyer's line, so that the 855 answers
     * line 10 with one ACK per date. The scheduled quantities must add up to PO102.
     */
    private static List<SubmitLine> scheduled(PurchaseOrderLine l, Integer number, Integer quantity, BigDecimal price,
            List<X12Error> errors) {
        if (number != null && number > MAX_SCHEDULED_LINE) {
            errors.add(X12Error.onLine(l, 1, "350", ElementSyntaxCode.INVALID_CODE_VALUE, l.lineNumber(),
                    "a line scheduled for several dates must be numbered below " + MAX_SCHEDULED_LINE));
            number = null;
        }
        List<SubmitLine> out = new ArrayList<>();
        int total = 0;
        for (int k = 0; k < l.schedule().size(); k++) {
            PurchaseOrderLine.Scheduled s = l.schedule().get(k);
            Integer units = whole(s.quantity());
            LocalDate date = date(s.date());
            if (units == null) {
                errors.add(X12Error.element("SCH", s.position(), "PO1_LOOP", 1, 0, 0, "380",
                        ElementSyntaxCode.INVALID_CHARACTER, s.quantity(), "a scheduled quantity must be whole units"));
            } else if (date == null) {
                errors.add(X12Error.element("SCH", s.position(), "PO1_LOOP", 6, 0, 0, "373",
                        ElementSyntaxCode.INVALID_DATE, s.date(), "not a date (CCYYMMDD)"));
            } else {
                total += units;
                out.add(new SubmitLine(number == null ? null : number * 1000 + k + 1, l.sku(), units, date, price,
                        l.lineNumber(), l.buyerPart()));
            }
        }
        if (out.size() == l.schedule().size()) {
            scheduledTotal(l, total, quantity, errors);
        }
        return out;
    }

    private static void scheduledTotal(PurchaseOrderLine l, Integer scheduled, Integer ordered, List<X12Error> errors) {
        if (scheduled != null && ordered != null && !scheduled.equals(ordered)) {
            PurchaseOrderLine.Scheduled first = l.schedule().get(0);
            errors.add(X12Error.element("SCH", first.position(), "PO1_LOOP", 1, 0, 0, "380",
                    ElementSyntaxCode.INVALID_CODE_VALUE, first.quantity(), "the scheduled quantities add up to "
                            + scheduled + ", the line orders " + ordered));
        }
    }

    /** The PO1 each order line comes from, in the order's line order (a line split by its schedule repeats it). */
    static List<PurchaseOrderLine> origins(PurchaseOrder po) {
        List<PurchaseOrderLine> out = new ArrayList<>();
        for (PurchaseOrderLine l : po.lines()) {
            for (int k = 0; k < (l.schedule().size() > 1 ? l.schedule().size() : 1); k++) {
                out.add(l);
            }
        }
        return out;
    }

    /** Where in the 850 a field error of the intake belongs. */
    static X12Error locate(FieldError e, PurchaseOrder po) {
        Matcher m = LINE_FIELD.matcher(e.field());
        List<PurchaseOrderLine> origins = origins(po);
        if (m.matches() && Integer.parseInt(m.group(1)) < origins.size()) {
            PurchaseOrderLine l = origins.get(Integer.parseInt(m.group(1)));
            return switch (m.group(2)) {
                case "lineNumber" -> X12Error.onLine(l, 1, "350", ElementSyntaxCode.INVALID_CODE_VALUE,
                        l.lineNumber(), e.message());
                case "quantity" -> X12Error.onLine(l, 2, "330", ElementSyntaxCode.INVALID_CODE_VALUE, l.quantity(),
                        e.message());
                case "unitPrice" -> X12Error.onLine(l, 4, "212", ElementSyntaxCode.INVALID_CHARACTER, l.unitPrice(),
                        e.message());
                case "requestedDate" -> dateError(l, ElementSyntaxCode.INVALID_DATE, e.message());
                default -> X12Error.onLine(l, l.skuElementPosition() > 0 ? l.skuElementPosition() : 7, "234",
                        ElementSyntaxCode.INVALID_CODE_VALUE, l.sku(), e.message());
            };
        }
        int beg = Math.max(1, po.begPosition());
        return switch (e.field()) {
            case "poNumber" -> X12Error.element("BEG", beg, null, 3, 0, 0, "324",
                    ElementSyntaxCode.INVALID_CODE_VALUE, po.poNumber(), e.message());
            case "shipTo" -> po.shipToPosition() > 0
                    ? X12Error.element("N1", po.shipToPosition(), "N1_LOOP", 4, 0, 0, "67",
                            ElementSyntaxCode.INVALID_CODE_VALUE, po.shipTo(), e.message())
                    : X12Error.segment("N1", beg + 1, "N1_LOOP", SegmentSyntaxCode.MANDATORY_SEGMENT_MISSING,
                            "a ship-to N1 (N101 = ST, N103 = 92, N104 = your ship-to code) is required");
            case "currency" -> po.currencyPosition() > 0
                    ? X12Error.element("CUR", po.currencyPosition(), null, 2, 0, 0, "100",
                            ElementSyntaxCode.INVALID_CODE_VALUE, po.currency(), e.message())
                    : X12Error.element("BEG", beg, null, 3, 0, 0, "324", ElementSyntaxCode.INVALID_CODE_VALUE,
                            po.poNumber(), "currency: " + e.message());
            case "lines" -> X12Error.segment("PO1", po.lines().isEmpty() ? beg + 1
                    : po.lines().get(po.lines().size() - 1).segmentPosition(), "PO1_LOOP",
                    SegmentSyntaxCode.LOOP_OCCURS_OVER_MAXIMUM_TIMES, e.message());
            default -> X12Error.element("BEG", beg, null, 3, 0, 0, "324", ElementSyntaxCode.INVALID_CODE_VALUE,
                    po.poNumber(), e.field() + ": " + e.message());
        };
    }

    private static X12Error dateError(PurchaseOrderLine l, ElementSyntaxCode code, String message) {
        if (l.datePosition() > 0) {
            return X12Error.element("DTM", l.datePosition(), l.datePosition() > l.segmentPosition() ? "PO1_LOOP"
                    : null, 2, 0, 0, "373", code, l.requestedDate(), message);
        }
        return X12Error.segment("DTM", l.segmentPosition() + 1, "PO1_LOOP",
                SegmentSyntaxCode.MANDATORY_SEGMENT_MISSING, "a requested delivery date (DTM*002) is required");
    }

    private static Integer whole(String value) {
        return X12Values.whole(value);
    }

    private static LocalDate date(String value) {
        return X12Values.parseDate(value);
    }
}
