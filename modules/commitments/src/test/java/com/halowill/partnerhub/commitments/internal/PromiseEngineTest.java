package com.halowill.partnerhub.commitments.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.commitments.internal.PromiseEngine.Plan;
import com.halowill.partnerhub.inventory.AtpBucket;
import com.halowill.partnerhub.inventory.SupplyKind;
import com.halowill.partnerhub.inventory.SupplyTake;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseEngineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate WEEK1 = LocalDate.of(2026, 12, 4);
    private static final LocalDate WEEK2 = LocalDate.of(2026, 12, 11);

    private static AtpBucket stock(int supply, int reserved) {
        return new AtpBucket("HW-X", SupplyKind.STOCK, TODAY, supply, reserved);
    }

    private static AtpBucket output(LocalDate ready, int supply, int reserved) {
        return new AtpBucket("HW-X", SupplyKind.OUTPUT, ready, supply, reserved);
    }

    @Test
    void stock_covers_the_line_and_it_ships_on_the_requested_date() {
        Plan plan = PromiseEngine.plan(List.of(stock(1000, 0), output(WEEK1, 500, 0)), 400, WEEK2, TODAY);
        assertEquals(WEEK2, plan.shipDate());
        assertEquals(List.of(new SupplyTake(SupplyKind.STOCK, TODAY, 400)), plan.takes());
    }

    @Test
    void without_enough_stock_the_first_week_with_enough_unpromised_supply_sets_the_date() {
        Plan plan = PromiseEngine.plan(List.of(stock(300, 0), output(WEEK1, 100, 0), output(WEEK2, 500, 0)), 500,
                TODAY, TODAY);
        assertEquals(WEEK2, plan.shipDate());
        assertEquals(List.of(new SupplyTake(SupplyKind.STOCK, TODAY, 300),
                new SupplyTake(SupplyKind.OUTPUT, WEEK1, 100), new SupplyTake(SupplyKind.OUTPUT, WEEK2, 100)),
                plan.takes());
        assertTrue(plan.explanation().contains("after the requested date"), plan.explanation());
    }

    @Test
    void reserved_supply_is_not_promised_again() {
        Plan plan = PromiseEngine.plan(List.of(stock(500, 500), output(WEEK1, 400, 100)), 300, TODAY, TODAY);
        assertEquals(WEEK1, plan.shipDate());
        assertEquals(List.of(new SupplyTake(SupplyKind.OUTPUT, WEEK1, 300)), plan.takes());
    }

    @Test
    void a_line_larger_than_all_unpromised_supply_is_backordered() {
        Plan plan = PromiseEngine.plan(List.of(stock(100, 0), output(WEEK1, 100, 0)), 500, TODAY, TODAY);
        assertNull(plan.shipDate());
        assertTrue(plan.takes().isEmpty());
        assertTrue(plan.explanation().startsWith("Backorder: only 200 of 500"), plan.explanation());
    }

    @Test
    void stock_counted_in_the_past_ships_no_earlier_than_today() {
        Plan plan = PromiseEngine.plan(List.of(new AtpBucket("HW-X", SupplyKind.STOCK, TODAY.minusDays(10), 50, 0)),
                50, TODAY.minusDays(5), TODAY);
        assertEquals(TODAY, plan.shipDate());
    }
}
