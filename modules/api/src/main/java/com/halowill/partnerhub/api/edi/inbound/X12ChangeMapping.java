package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.ElementSyntaxCode;
import com.halowill.partnerhub.api.edi.syntax.SegmentSyntaxCode;
import com.halowill.partnerhub.api.edi.syntax.X12Values;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.LineChange;
import com.halowill.partnerhub.orders.LineStatus;
import com.halowill.partnerhub.orders.OrderLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a received 860 onto the line changes of the distributor's order, exactly as the API's change request takes
 * them: BCH01 01 cancels every line not shipped, 04 (or 05) changes the lines its POC loops name (POC01 is the line as
 * the buyer numbered it in its 850). DI cancels a line; QD, QI, CA and RZ set its quantity (POC03) and/or requested
 * date (the loop's DTM*002); CT its date; NC changes nothing. Adding lines (AI) and price changes (PC) are refused:
 * lines come with a new 850, prices from HaloWill's list or the contract.
 */
final class X12ChangeMapping {

    private static final String LOOP = "POC_LOOP";
    private static final Set<String> SETS_QUANTITY = Set.of("QD", "QI", "CA", "RZ");
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.?(.*)");

    /** The change as the order's line changes, each with the POC it came from; errors are added to {@code errors}. */
    record Mapped(List<LineChange> lines, List<PurchaseOrderChange.Line> origins) {
    }

    private X12ChangeMapping() {
    }

    static Mapped lines(PurchaseOrderChange change, com.halowill.partnerhub.orders.PurchaseOrder order,
            List<X12Error> errors) {
        List<LineChange> lines = new ArrayList<>();
        List<PurchaseOrderChange.Line> origins = new ArrayList<>();
        if ("01".equals(change.purpose())) {
            for (OrderLine l : order.lines()) {
                if (!Set.of(LineStatus.CANCELLED, LineStatus.REJECTED, LineStatus.SHIPPED).contains(l.status())
                        && l.quantity() > l.shippedQuantity()) {
                    lines.add(new LineChange(l.lineNumber(), null, null, true));
                    origins.add(null);
                }
            }
            return new Mapped(lines, origins);
        }
        if (!"04".equals(change.purpose()) && !"05".equals(change.purpose())) {
            errors.add(bch(change, 1, "353", change.purpose(), "BCH01 01 (cancel the order) and 04 (change the lines"
                    + " listed) are read"));
            return new Mapped(lines, origins);
        }
        for (PurchaseOrderChange.Line poc : change.lines()) {
            List<OrderLine> matched = matching(order, poc.lineNumber());
            if ("NC".equals(poc.changeType())) {
                continue;
            }
            if (poc.lineNumber() == null) {
                errors.add(onPoc(poc, 1, "350", ElementSyntaxCode.MANDATORY_ELEMENT_MISSING, null,
                        "POC01 must name the line as your 850 numbered it (PO101)"));
                continue;
            }
            if (matched.isEmpty()) {
                errors.add(onPoc(poc, 1, "350", ElementSyntaxCode.INVALID_CODE_VALUE, poc.lineNumber(),
                        "order " + order.poNumber() + " has no line " + poc.lineNumber()));
                continue;
            }
            if (poc.sku() != null && !poc.sku().equals(matched.get(0).sku().value())) {
                errors.add(onPoc(poc, poc.skuElementPosition(), "234", ElementSyntaxCode.INVALID_CODE_VALUE, poc.sku(),
                        "line " + poc.lineNumber() + " is " + matched.get(0).sku()));
                continue;
            }
            int before = errors.size();
            LineChange asked = asked(poc, matched.size(), errors);
            if (errors.size() > before || asked == null) {
                continue;
            }
            for (OrderLine l : matched) {
                lines.add(new LineChange(l.lineNumber(), asked.quantity(), asked.requestedDate(), asked.cancel()));
                origins.add(poc);
            }
        }
        return new Mapped(lines, origins);
    }

    /** What one POC asks of its line (its line number not set yet), or null with an error added. */
    private static LineChange asked(PurchaseOrderChange.Line poc, int splitInto, List<X12Error> errors) {
        String type = poc.changeType();
        if ("DI".equals(type)) {
            return new LineChange(null, null, null, true);
        }
        if (!SETS_QUANTITY.contains(type) && !"CT".equals(type)) {
            errors.add(onPoc(poc, 2, "670", ElementSyntaxCode.INVALID_CODE_VALUE, type, switch (type) {
                case "AI" -> "lines are added with a new 850";
                case "PC" -> "prices come from HaloWill's price list or your contract; ask your account manager";
                default -> "POC02 " + type + " is not read: use CA, CT, DI, NC, QD, QI or RZ";
            }));
            return null;
        }
        Integer quantity = null;
        if (SETS_QUANTITY.contains(type) && poc.quantity() != null) {
            quantity = quantity(poc, errors);
            if (quantity == null) {
                return null;
            }
            if (splitInto > 1) {
                errors.add(onPoc(poc, 3, "330", ElementSyntaxCode.INVALID_CODE_VALUE, poc.quantity(), "line "
                        + poc.lineNumber() + " was split by its schedule into " + splitInto + " lines at intake;"
                        + " change their quantities through the API or the portal"));
                return null;
            }
        } else if ("QD".equals(type) || "QI".equals(type)) {
            errors.add(onPoc(poc, 3, "330", ElementSyntaxCode.MANDATORY_ELEMENT_MISSING, null, "POC03, the new"
                    + " quantity ordered, is required with " + type));
            return null;
        }
        LocalDate date = X12Values.parseDate(poc.requestedDate());
        if (poc.requestedDate() != null && date == null) {
            errors.add(X12Error.element("DTM", poc.datePosition(), LOOP, 2, 0, 0, "373",
                    ElementSyntaxCode.INVALID_DATE, poc.requestedDate(), "not a date (CCYYMMDD)"));
            return null;
        }
        if (quantity == null && date == null) {
            errors.add(onPoc(poc, 2, "670", ElementSyntaxCode.INVALID_CODE_VALUE, type, "POC02 " + type + " needs a"
                    + (("CT".equals(type)) ? "" : " new quantity (POC03) or a") + " new requested date (DTM*002 in"
                    + " the POC loop)"));
            return null;
        }
        return new LineChange(null, quantity, date, null);
    }

    private static Integer quantity(PurchaseOrderChange.Line poc, List<X12Error> errors) {
        Integer q = X12Values.whole(poc.quantity());
        if (q != null && q > 0 && q <= 1_000_000) {
            return q;
        }
        errors.add(onPoc(poc, 3, "330", ElementSyntaxCode.INVALID_CODE_VALUE, poc.quantity(),
                "the new quantity ordered must be a whole number of units above 0"));
        return null;
    }

    /** The order's lines a POC01 names: those that keep the buyer's PO101, else the one with that line number. */
    private static List<OrderLine> matching(com.halowill.partnerhub.orders.PurchaseOrder order, String lineNumber) {
        if (lineNumber == null) {
            return List.of();
        }
        List<OrderLine> byBuyer = order.lines().stream().filter(l -> lineNumber.equals(l.buyerLine())).toList();
        if (!byBuyer.isEmpty()) {
            return byBuyer;
        }
        return order.lines().stream().filter(l -> l.buyerLine() == null
                && lineNumber.equals(Integer.toString(l.lineNumber()))).toList();
    }

    /** Where in the 860 a refusal of the change request points: the POC of its line, else the BCH. */
    static X12Error locate(FieldError e, PurchaseOrderChange change, Mapped mapped) {
        Matcher m = LINE_FIELD.matcher(e.field());
        if (m.matches() && Integer.parseInt(m.group(1)) < mapped.origins().size()
                && mapped.origins().get(Integer.parseInt(m.group(1))) != null) {
            PurchaseOrderChange.Line poc = mapped.origins().get(Integer.parseInt(m.group(1)));
            return switch (m.group(2)) {
                case "quantity" -> onPoc(poc, 3, "330", ElementSyntaxCode.INVALID_CODE_VALUE, poc.quantity(),
                        e.message());
                case "requestedDate" -> poc.datePosition() > 0
                        ? X12Error.element("DTM", poc.datePosition(), LOOP, 2, 0, 0, "373",
                                ElementSyntaxCode.INVALID_DATE, poc.requestedDate(), e.message())
                        : onPoc(poc, 2, "670", ElementSyntaxCode.INVALID_CODE_VALUE, poc.changeType(), e.message());
                default -> onPoc(poc, 1, "350", ElementSyntaxCode.INVALID_CODE_VALUE, poc.lineNumber(), e.message());
            };
        }
        return bch(change, 3, "324", change.poNumber(), e.field() + ": " + e.message());
    }

    static X12Error bch(PurchaseOrderChange change, int element, String reference, String value, String why) {
        if (change.bchPosition() <= 0) {
            return X12Error.segment("BCH", 1, null, SegmentSyntaxCode.MANDATORY_SEGMENT_MISSING, why);
        }
        return X12Error.element("BCH", change.bchPosition(), null, element, 0, 0, reference,
                ElementSyntaxCode.INVALID_CODE_VALUE, value, why);
    }

    private static X12Error onPoc(PurchaseOrderChange.Line poc, int element, String reference, ElementSyntaxCode code,
            String value, String why) {
        return X12Error.element("POC", poc.segmentPosition(), LOOP, element, 0, 0, reference, code, value, why);
    }
}
