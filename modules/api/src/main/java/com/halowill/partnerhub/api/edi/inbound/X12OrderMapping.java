package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.ElementSyntaxCode;
import com.halowill.partnerhub.api.edi.syntax.SegmentSyntaxCode;
import com.halowill.partnerhub.orders.Channel;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.SubmitLine;
import com.halowill.partnerhub.orders.SubmitOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a received 850 to the same order the JSON API takes, and the intake's field errors back to the 850's
 * segments and elements (AK3/AK4), so an EDI sender sees every error where it made it.
 */
final class X12OrderMapping {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

    private X12OrderMapping() {
    }

    /** The order, or null with {@code errors} filled when a value cannot be what the API expects. */
    static SubmitOrder order(PurchaseOrder po, String distributor, String currency, String idempotencyKey,
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
            LocalDate requested = date(l.requestedDate());
            if (l.requestedDate() != null && requested == null) {
                errors.add(dateError(l, ElementSyntaxCode.INVALID_DATE, "not a date (CCYYMMDD)"));
            }
            lines.add(new SubmitLine(number, l.sku(), quantity, requested, price));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new SubmitOrder(distributor, idempotencyKey, Channel.EDI, po.poNumber(), po.shipTo(),
                po.currency() == null ? currency : po.currency(), lines, po.note(), actor);
    }

    /** Where in the 850 a field error of the intake belongs. */
    static X12Error locate(FieldError e, PurchaseOrder po) {
        Matcher m = LINE_FIELD.matcher(e.field());
        if (m.matches() && Integer.parseInt(m.group(1)) < po.lines().size()) {
            PurchaseOrderLine l = po.lines().get(Integer.parseInt(m.group(1)));
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

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, CCYYMMDD);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
