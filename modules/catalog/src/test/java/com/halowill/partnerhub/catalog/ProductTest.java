package com.halowill.partnerhub.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static Product withLifecycle(Lifecycle lifecycle, LocalDate lastTimeBuy) {
        return new Product(new Sku("HW-X"), "x", 400, "QSFP-DD", "DR4", 500, "SMF", "MPO-12", "1310", 4, 100, "EML",
                "7nm", BigDecimal.TEN, lifecycle, lastTimeBuy, null, Money.usd("1.00"), 1, 1, 4);
    }

    @Test
    void eol_product_is_orderable_until_its_last_time_buy_date() {
        Product p = withLifecycle(Lifecycle.EOL, LocalDate.of(2027, 1, 31));
        assertTrue(p.orderableOn(LocalDate.of(2027, 1, 31)));
        assertFalse(p.orderableOn(LocalDate.of(2027, 2, 1)));
    }

    @Test
    void eol_product_without_last_time_buy_is_not_orderable() {
        assertFalse(withLifecycle(Lifecycle.EOL, null).orderableOn(LocalDate.of(2026, 11, 24)));
    }

    @Test
    void active_nrnd_and_preview_products_are_orderable() {
        for (Lifecycle l : new Lifecycle[] {Lifecycle.ACTIVE, Lifecycle.NRND, Lifecycle.PREVIEW}) {
            assertTrue(withLifecycle(l, null).orderableOn(LocalDate.of(2026, 11, 24)));
        }
    }
}
