package com.halowill.partnerhub.orders.internal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.orders.Channel;
import com.halowill.partnerhub.orders.SubmitLine;
import com.halowill.partnerhub.orders.SubmitOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static SubmitOrder order(String price, int qty, Channel channel) {
        return new SubmitOrder(new DistributorCode("NWOS"), "k", channel, "NW-1", "NWOS-ASH", "USD",
                List.of(new SubmitLine(1, "HW-OSFP-800G-DR8", qty, LocalDate.of(2027, 1, 15), new BigDecimal(price))),
                null, "someone");
    }

    @Test
    void the_same_order_written_differently_has_the_same_fingerprint() {
        assertEquals(RequestFingerprint.of(order("629.00", 500, Channel.API)),
                RequestFingerprint.of(order("629", 500, Channel.API)));
    }

    @Test
    void a_different_quantity_or_price_changes_the_fingerprint() {
        String base = RequestFingerprint.of(order("629.00", 500, Channel.API));
        assertNotEquals(base, RequestFingerprint.of(order("629.00", 510, Channel.API)));
        assertNotEquals(base, RequestFingerprint.of(order("628.99", 500, Channel.API)));
    }
}
