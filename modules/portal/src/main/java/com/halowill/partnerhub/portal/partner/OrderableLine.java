package com.halowill.partnerhub.portal.partner;

import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.portal.web.Input;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What keeps a part number and quantity from being ordered as a line, said for a buyer: the order form's row preview
 * and its quote per line say the same (the intake itself checks again when the order is placed).
 */
final class OrderableLine {

    private OrderableLine() {
    }

    /** Why the row cannot be ordered as it stands, if it cannot; {@code units} null when no quantity is known yet. */
    static Optional<String> problem(String sku, Integer units, Map<String, Product> catalog, LocalDate today) {
        Product p = catalog.get(sku);
        if (p == null) {
            return Optional.of("no part " + Input.echo(sku) + " in the catalog.");
        }
        if (!p.orderableOn(today)) {
            return Optional.of(p.sku() + " is at its end of life and can no longer be ordered"
                    + (p.successorSku() == null ? "." : "; its successor is " + p.successorSku() + "."));
        }
        if (units != null && (units < p.moq() || units % p.orderMultiple() != 0)) {
            return Optional.of(p.sku() + " is ordered at least " + p.moq() + " at a time, in multiples of "
                    + p.orderMultiple() + ".");
        }
        return Optional.empty();
    }
}
