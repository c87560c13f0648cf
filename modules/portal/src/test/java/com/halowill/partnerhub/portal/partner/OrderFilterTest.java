package com.halowill.partnerhub.portal.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The filters of "My orders": what is typed, what is refused and said, and what the next page keeps. */
class OrderFilterTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    @Test
    void received_dates_cover_whole_business_days() {
        OrderFilter f = OrderFilter.of("", "", "", "2027-01-15", "2027-01-16");
        assertNull(f.problem());
        assertEquals(Instant.parse("2027-01-15T08:00:00Z"), f.receivedFrom(LA));
        assertEquals(Instant.parse("2027-01-17T08:00:00Z"), f.receivedBefore(LA), "the 'to' day is included");
    }

    @Test
    void a_bad_filter_is_named_and_dropped_and_the_others_still_apply() {
        OrderFilter f = OrderFilter.of("SHIPPED", "PO-1", " hw-osfp-800g-dr8 ", "15/01/2027", "2027-01-16");
        assertTrue(f.problem().contains("'received from' date must look like 2027-01-15"), f.problem());
        assertEquals("", f.from());
        assertEquals("2027-01-16", f.to());
        assertEquals("HW-OSFP-800G-DR8", f.partNumber(), "part numbers are matched in capitals");
        assertEquals("PO-1", f.poNumber());
        assertEquals("SHIPPED", f.status());

        OrderFilter backwards = OrderFilter.of("", "", "", "2027-02-01", "2027-01-01");
        assertTrue(backwards.problem().contains("before the 'received from' date"));
        assertNull(backwards.receivedFrom(LA));
        assertNull(backwards.receivedBefore(LA));

        OrderFilter unknown = OrderFilter.of("LOST", "", "", "", "");
        assertTrue(unknown.problem().contains("no order status 'LOST'"));
        assertNull(unknown.orderStatus());
    }

    @Test
    void the_next_page_keeps_every_filter() {
        OrderFilter f = OrderFilter.of("RECEIVED", "PO 7", "HW-X", "2027-01-01", "2027-01-31");
        String next = f.next("abc");
        for (String part : new String[] {"cursor=abc", "status=RECEIVED", "po=PO", "sku=HW-X", "from=2027-01-01",
            "to=2027-01-31"}) {
            assertTrue(next.contains(part), next);
        }
        assertNull(f.next(null), "no link on the last page");
    }
}
