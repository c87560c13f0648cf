package com.halowill.partnerhub.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount in a currency, always with two decimals. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static Money usd(String amount) {
        return new Money(new BigDecimal(amount), "USD");
    }

    /** The amount as the contract writes it: a decimal string such as {@code "629.00"}. */
    public String plain() {
        return amount.toPlainString();
    }
}
