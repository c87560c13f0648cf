package com.halowill.partnerhub.app.promises;

import static com.halowill.partnerhub.app.api.PurchaseOrdersAccess.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.SupplyTaken;
import com.halowill.partnerhub.inventory.AtpBucket;
import com.halowill.partnerhub.inventory.Availability;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two requests at once must never promise the same unit or create the same order twice. */
@QuarkusTest
class ConcurrentPromisesTest {

    /** A product no other test orders, so this test owns its supply. */
    private static final String SKU = "HW-OSFP-800G-2LR4";

    @Inject
    Promises promises;
    @Inject
    Availability availability;

    @Test
    void ten_concurrent_retries_with_one_key_create_one_order_and_all_get_its_id() throws Exception {
        String key = UUID.randomUUID().toString();
        String po = "RACE-" + key.substring(0, 8);
        String token = Tokens.erp("mapl");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> submit(token, key, po, "MAPL-MTL", "HW-QDD-400G-SR8", 20,
                        LocalDate.now().plusDays(20))));
            }
            Set<String> ids = new HashSet<>();
            for (Future<String> f : answers) {
                ids.add(f.get());
            }
            assertEquals(1, ids.size(), "every retry answers with the same order id");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void two_planners_confirming_proposals_for_the_same_last_units_never_promise_them_twice() throws Exception {
        int free = availability.atp(SKU).stream().mapToInt(AtpBucket::available).sum();
        int quantity = free - free % 5;
        assertTrue(quantity > 0, "the seed world has supply of " + SKU);
        String token = Tokens.erp("nwos");
        LocalDate requested = LocalDate.now().plusDays(7);
        submit(token, UUID.randomUUID().toString(), "LAST-A-" + UUID.randomUUID(), "NWOS-ASH", SKU, quantity, requested);
        submit(Tokens.erp("casc"), UUID.randomUUID().toString(), "LAST-B-" + UUID.randomUUID(), "CASC-SEA", SKU,
                quantity, requested);
        List<Commitment> rivals = promises.proposals().stream().filter(c -> c.sku().equals(SKU)).toList();
        assertEquals(2, rivals.size(), "both orders were proposed the same supply");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<String>> confirmations = rivals.stream().<Callable<String>>map(c -> () -> {
            try {
                promises.confirm(c.id(), "planner-" + c.distributor());
                return "confirmed";
            } catch (SupplyTaken e) {
                return "taken";
            }
        }).toList();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(confirmations)) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        assertEquals(List.of("confirmed", "taken"), outcomes.stream().sorted().toList());
        int reserved = availability.atp(SKU).stream().mapToInt(AtpBucket::reserved).sum();
        assertEquals(quantity, reserved, "exactly one order's quantity is reserved");
        assertTrue(availability.atp(SKU).stream().allMatch(b -> b.reserved() <= b.supply()));
        long confirmed = QuarkusTransaction.requiringNew().call(() -> promises.forDemands(
                rivals.stream().map(Commitment::demandRef).toList()).stream()
                .filter(c -> c.state() == CommitmentState.CONFIRMED).count());
        assertEquals(1, confirmed);
    }
}
