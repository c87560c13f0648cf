package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.SubmitLine;
import com.halowill.partnerhub.orders.SubmitOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The rules a purchase order must pass before it is stored; every failure is collected. */
final class OrderValidation {

    static final int MAX_LINES = 500;
    static final int MAX_PO_NUMBER = 64;
    static final int MAX_NOTE = 2000;
    static final Set<String> CURRENCIES = Set.of("USD");
    /** Prices are below 10^10 with at most 2 decimals (numeric(12, 2)). */
    static final int MAX_PRICE_DIGITS = 10;
    /** How far ahead a line may be requested. */
    static final int MAX_YEARS_AHEAD = 5;
    static final int MAX_SKU = 64;

    private OrderValidation() {
    }

    static List<FieldError> validate(SubmitOrder order, Set<String> callersShipTos,
            Function<String, Optional<Product>> products, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String po = order.poNumber();
        if (po == null || po.isBlank()) {
            errors.add(new FieldError("poNumber", "is required"));
        } else if (po.length() > MAX_PO_NUMBER || !po.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            errors.add(new FieldError("poNumber", "must be 1 to " + MAX_PO_NUMBER + " printable ASCII characters"));
        }
        if (order.shipTo() == null || order.shipTo().isBlank()) {
            errors.add(new FieldError("shipTo", "is required"));
        } else if (!callersShipTos.contains(order.shipTo())) {
            errors.add(new FieldError("shipTo", "'" + order.shipTo() + "' is not one of your ship-to addresses"));
        }
        if (order.currency() == null || !CURRENCIES.contains(order.currency())) {
            errors.add(new FieldError("currency", "unsupported currency; supported: " + CURRENCIES));
        }
        if (order.note() != null && order.note().length() > MAX_NOTE) {
            errors.add(new FieldError("note", "must be at most " + MAX_NOTE + " characters"));
        } else if (order.note() != null && !text(order.note())) {
            errors.add(new FieldError("note", "must not contain control characters other than line breaks and tabs"));
        }
        List<SubmitLine> lines = order.lines();
        if (lines == null || lines.isEmpty()) {
            errors.add(new FieldError("lines", "at least one line is required"));
            return errors;
        }
        if (lines.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "at most " + MAX_LINES + " lines per order, got " + lines.size()));
            return errors;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            validateLine(lines.get(i), "lines[" + i + "].", seen, products, today, errors);
        }
        return errors;
    }

    /**
     * Whether an amount has at most 2 decimals and fewer than {@value #MAX_PRICE_DIGITS} digits before the point,
     * judged from its precision and scale alone, so that no amount (1e999999999) is ever written out.
     */
    static boolean money(BigDecimal amount) {
        BigDecimal a = amount.stripTrailingZeros();
        return a.signum() >= 0 && a.scale() <= 2 && (long) a.precision() - a.scale() <= MAX_PRICE_DIGITS;
    }

    /** A part number as the catalog has them: printable ASCII, not too long (so it can be looked up at all). */
    static boolean skuShaped(String sku) {
        return sku.length() <= MAX_SKU && sku.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    /** Free text PostgreSQL can store and a person can read: no NUL or other control characters but line breaks. */
    static boolean text(String s) {
        return s.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t');
    }

    private static void validateLine(SubmitLine line, String at, Set<Integer> seen,
            Function<String, Optional<Product>> products, LocalDate today, List<FieldError> errors) {
        if (line == null) {
            errors.add(new FieldError(at.substring(0, at.length() - 1), "must be an object"));
            return;
        }
        if (line.lineNumber() == null || line.lineNumber() < 1) {
            errors.add(new FieldError(at + "lineNumber", "is required and must be at least 1"));
        } else if (!seen.add(line.lineNumber())) {
            errors.add(new FieldError(at + "lineNumber", "duplicate line number " + line.lineNumber()));
        }
        if (line.buyerLine() != null && (line.buyerLine().isBlank() || line.buyerLine().length() > 20)) {
            errors.add(new FieldError(at + "buyerLine", "must be 1 to 20 characters"));
        }
        if (line.buyerPart() != null && (line.buyerPart().isBlank() || line.buyerPart().length() > 48)) {
            errors.add(new FieldError(at + "buyerPart", "must be 1 to 48 characters"));
        }
        Optional<Product> product = Optional.empty();
        if (line.sku() == null || line.sku().isBlank()) {
            errors.add(new FieldError(at + "sku", "is required"));
        } else if (!skuShaped(line.sku())) {
            errors.add(new FieldError(at + "sku", "must be 1 to " + MAX_SKU + " printable ASCII characters"));
        } else {
            product = products.apply(line.sku());
            if (product.isEmpty()) {
                errors.add(new FieldError(at + "sku", "unknown SKU '" + line.sku() + "'"));
            } else if (!product.get().orderableOn(today)) {
                errors.add(new FieldError(at + "sku", "'" + line.sku() + "' is end-of-life and past its last-time-buy"
                        + " date" + (product.get().successorSku() == null ? ""
                                : "; successor: " + product.get().successorSku())));
            }
        }
        Integer qty = line.quantity();
        if (qty == null || qty < 1) {
            errors.add(new FieldError(at + "quantity", "is required and must be at least 1"));
        } else if (product.isPresent()) {
            Product p = product.get();
            if (qty < p.moq()) {
                errors.add(new FieldError(at + "quantity", "below the minimum order quantity of " + p.moq()));
            } else if (qty % p.orderMultiple() != 0) {
                errors.add(new FieldError(at + "quantity", "must be a multiple of " + p.orderMultiple()));
            }
        }
        if (line.requestedDate() == null) {
            errors.add(new FieldError(at + "requestedDate", "is required"));
        } else if (line.requestedDate().isBefore(today)) {
            errors.add(new FieldError(at + "requestedDate", "is in the past"));
        } else if (line.requestedDate().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            errors.add(new FieldError(at + "requestedDate", "is more than " + MAX_YEARS_AHEAD + " years ahead"));
        }
        if (line.unitPrice() != null && !money(line.unitPrice())) {
            errors.add(new FieldError(at + "unitPrice", "must be an amount from 0 to 9999999999.99 with at most 2"
                    + " decimals"));
        }
    }
}
