package com.halowill.partnerhub.catalog.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of a tier discount: list price less a percentage, rounded to cents. */
final class TierDiscount {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TierDiscount() {
    }

    static BigDecimal apply(BigDecimal listPrice, BigDecimal percent) {
        BigDecimal factor = HUNDRED.subtract(percent).divide(HUNDRED, 6, RoundingMode.HALF_UP);
        return listPrice.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }
}
