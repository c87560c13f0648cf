package com.halowill.partnerhub.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TierDiscountTest {

    @Test
    void discount_is_taken_off_the_list_price_and_rounded_to_cents() {
        assertEquals(new BigDecimal("615.12"), TierDiscount.apply(new BigDecimal("699.00"), new BigDecimal("12")));
        assertEquals(new BigDecimal("258.72"), TierDiscount.apply(new BigDecimal("269.50"), new BigDecimal("4")));
    }

    @Test
    void no_discount_keeps_the_list_price() {
        assertEquals(new BigDecimal("349.00"), TierDiscount.apply(new BigDecimal("349.00"), BigDecimal.ZERO));
    }
}
