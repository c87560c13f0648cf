package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.LineChange;
import com.halowill.partnerhub.orders.LineStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules a line change must follow; every broken rule becomes a field error. */
final class ChangeRules {

    private static final Set<LineStatus> CLOSED = Set.of(LineStatus.CANCELLED, LineStatus.REJECTED,
            LineStatus.SHIPPED);

    private ChangeRules() {
    }

    static void check(LineChange c, String at, Map<Integer, ChangeRequestStore.LineRow> lines,
            Map<String, Product> products, Set<Integer> seen, Set<Integer> waiting, LocalDate today,
            List<FieldError> errors) {
        if (c == null) {
            errors.add(new FieldError(at.substring(0, at.length() - 1), "must be an object"));
            return;
        }
        ChangeRequestStore.LineRow line = c.lineNumber() == null ? null : lines.get(c.lineNumber());
        if (line == null) {
            errors.add(new FieldError(at + "lineNumber", c.lineNumber() == null ? "is required"
                    : "the order has no line " + c.lineNumber()));
            return;
        }
        if (!seen.add(c.lineNumber())) {
            errors.add(new FieldError(at + "lineNumber", "line " + c.lineNumber() + " appears twice"));
            return;
        }
        if (CLOSED.contains(line.status())) {
            errors.add(new FieldError(at + "lineNumber", "line " + c.lineNumber() + " is "
                    + line.status().name().toLowerCase() + " and cannot be changed"));
            return;
        }
        if (line.status() == LineStatus.ON_REVIEW) {
            errors.add(new FieldError(at + "lineNumber", "line " + c.lineNumber() + " is held for HaloWill's review"
                    + " and holds no supply yet: wait for the review, or cancel the order"));
            return;
        }
        if (waiting.contains(c.lineNumber())) {
            errors.add(new FieldError(at + "lineNumber", "an earlier change of line " + c.lineNumber()
                    + " is waiting for HaloWill's review"));
            return;
        }
        if (c.cancels()) {
            if (c.quantity() != null || c.requestedDate() != null) {
                errors.add(new FieldError(at + "cancel", "a cancelled line takes no quantity or date"));
            }
            return;
        }
        if (c.quantity() == null && c.requestedDate() == null) {
            errors.add(new FieldError(at, "give a new quantity, a new requestedDate, or cancel: true"));
            return;
        }
        if (c.quantity() != null) {
            Product p = products.get(line.sku());
            if (c.quantity() < Math.max(1, line.shipped())) {
                errors.add(new FieldError(at + "quantity", line.shipped() > 0 ? "cannot go below the "
                        + line.shipped() + " already shipped" : "must be at least 1 (use cancel: true to cancel)"));
            } else if (p != null && c.quantity() < p.moq()) {
                errors.add(new FieldError(at + "quantity", "below the minimum order quantity of " + p.moq()));
            } else if (p != null && p.orderMultiple() > 1 && c.quantity() % p.orderMultiple() != 0) {
                errors.add(new FieldError(at + "quantity", "must be a multiple of " + p.orderMultiple()));
            } else if (p != null && c.quantity() > line.quantity() && !p.orderableOn(today)) {
                errors.add(new FieldError(at + "quantity", "'" + line.sku() + "' is end-of-life and past its"
                        + " last-time-buy date: the line can be reduced or cancelled, not increased"
                        + (p.successorSku() == null ? "" : "; successor: " + p.successorSku())));
            }
        }
        if (c.requestedDate() != null) {
            if (c.requestedDate().isBefore(today)) {
                errors.add(new FieldError(at + "requestedDate", "is in the past"));
            } else if (c.requestedDate().isAfter(today.plusYears(OrderValidation.MAX_YEARS_AHEAD))) {
                errors.add(new FieldError(at + "requestedDate", "is more than " + OrderValidation.MAX_YEARS_AHEAD
                        + " years ahead"));
            }
        }
    }
}
