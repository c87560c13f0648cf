package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.orders.SubmitLine;
import com.halowill.partnerhub.orders.SubmitOrder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 over what an order says (not how it was formatted), to tell a retry from a different request. */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(SubmitOrder o) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, o.poNumber());
        field(canonical, o.shipTo());
        field(canonical, o.currency());
        field(canonical, o.note());
        if (o.lines() != null) {
            for (SubmitLine l : o.lines()) {
                canonical.append('[');
                if (l != null) {
                    field(canonical, l.lineNumber());
                    field(canonical, l.sku());
                    field(canonical, l.quantity());
                    field(canonical, l.requestedDate());
                    field(canonical, l.unitPrice() == null ? null : normalized(l.unitPrice()));
                    if (l.buyerLine() != null) {
                        // only when there is one, so that every fingerprint kept before buyer lines stays the same
                        field(canonical, l.buyerLine());
                    }
                    if (l.buyerPart() != null) {
                        canonical.append("bp:");
                        field(canonical, l.buyerPart());
                    }
                }
                canonical.append(']');
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The amount as unscaled value and exponent: equal amounts agree, and no exponent is ever expanded. */
    private static String normalized(BigDecimal price) {
        BigDecimal p = price.stripTrailingZeros();
        return p.unscaledValue() + "E" + (-p.scale());
    }

    private static void field(StringBuilder sb, Object value) {
        String s = value == null ? "\u0000" : value.toString();
        sb.append(s.length()).append(':').append(s).append(';');
    }
}
