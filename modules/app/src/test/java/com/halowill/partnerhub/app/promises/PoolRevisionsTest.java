package com.halowill.partnerhub.app.promises;

import static com.halowill.partnerhub.app.api.PurchaseOrdersAccess.post;
import static com.halowill.partnerhub.app.api.PurchaseOrdersAccess.submit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.Allocations;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.Lta;
import com.halowill.partnerhub.commitments.Promises;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Intake keeps in memory the pools it last read or wrote under their locks, per family revision, and the LTA
 * ledgers per their revision: a change made underneath this instance (plain SQL, as another instance or ops would
 * make it) is seen by the very next order, and orders one after another see exactly what the ones before them took.
 */
@QuarkusTest
class PoolRevisionsTest {

    @Inject
    PrivateSupply supply;
    @Inject
    Promises promises;
    @Inject
    EntityManager em;
    @Inject
    Allocations allocations;

    @Test
    void chips_cut_by_plain_sql_between_two_orders_are_not_promised_to_the_second() {
        // 400 chips at 4 a unit, all in week 2: 100 units.
        PrivateSupply.World w = supply.product("REV", 4, Map.of(2, 400), 1000);
        Commitment first = order(w, 10);
        assertEquals(10, dated(first));

        sql("update inventory.component_pool set supply = supply - 200 where component = ?1 and week_start = ?2",
                w.chip(), PrivateSupply.monday(2));
        Commitment second = order(w, 60);
        assertEquals(40, dated(second), "the 200 chips left build 50 units, 10 of them already held");
        assertEquals(20, second.backorderedQuantity());
        assertArrayEquals(new int[] {200, 200, 0, 0}, supply.chipTotals(w), "chips: supply, held, confirmed, shipped");
    }

    @Test
    void stock_set_by_plain_sql_between_two_orders_is_what_the_second_is_promised_from() {
        PrivateSupply.World w = supply.product("REVS", 1, Map.of(), 1000);
        supply.stock(w, "FRE-HUB", 50);
        assertEquals(10, dated(order(w, 10)));

        sql("update inventory.stock set on_hand = 15 where sku = ?1 and warehouse = ?2", w.sku(), "FRE-HUB");
        Commitment second = order(w, 30);
        assertEquals(5, dated(second), "15 on hand, 10 of them already held");
        assertEquals(25, second.backorderedQuantity());
    }

    @Test
    void an_lta_quota_lifted_by_plain_sql_between_two_orders_no_longer_protects_against_the_second() {
        // 100 units in week 2; CASC's LTA protects 80 of them (no fence).
        PrivateSupply.World w = supply.product("REVL", 4, Map.of(2, 400), 1000);
        String code = "LTA-" + w.sku();
        allocations.saveLta(new Lta(code, new DistributorCode("CASC"), new Sku(w.sku()), PrivateSupply.monday(2),
                PrivateSupply.monday(2).plusDays(6), 80, 50, 0));
        assertEquals(20, dated(order(w, 50)), "80 of the 100 units are CASC's");

        sql("update commitments.lta_week set quota = 0 where lta_code = ?1", code);
        assertEquals(50, dated(order(w, 50)), "nothing is protected any more: 80 units are left");
    }

    @Test
    void orders_one_after_another_each_see_what_the_ones_before_them_took() {
        PrivateSupply.World w = supply.product("SEQ", 4, Map.of(2, 400), 1000);
        List<Integer> dated = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            dated.add(dated(order(w, 30)));
        }
        assertEquals(List.of(30, 30, 30, 10, 0), dated, "100 units, each promised once");
        assertArrayEquals(new int[] {400, 400, 0, 0}, supply.chipTotals(w));
        assertArrayEquals(new int[] {100, 0}, supply.committedUnits(w.sku()));
    }

    @Test
    void a_replayed_key_and_a_po_number_used_again_hold_nothing_though_their_pools_were_locked() {
        PrivateSupply.World w = supply.product("RPL", 4, Map.of(2, 400), 1000);
        String key = UUID.randomUUID().toString();
        String po = "RPL-" + UUID.randomUUID();
        String id = submit(Tokens.erp("nwos"), key, po, "NWOS-ASH", w.sku(), 30, PrivateSupply.friday(2));
        int[] chips = supply.chipTotals(w);
        int[] units = supply.committedUnits(w.sku());

        assertEquals(id, submit(Tokens.erp("nwos"), key, po, "NWOS-ASH", w.sku(), 30, PrivateSupply.friday(2)));
        post(Tokens.erp("nwos"), UUID.randomUUID().toString(), po, "NWOS-ASH", w.sku(), 30, PrivateSupply.friday(2))
                .then().statusCode(409);

        assertArrayEquals(chips, supply.chipTotals(w), "the replay and the refused order held no chips");
        assertArrayEquals(units, supply.committedUnits(w.sku()));
        assertEquals(1, promises.forDemands(OrderLines.demandRefs(id)).size());
        assertEquals(30, dated(order(w, 30)), "the next order still finds the 70 units left");
    }

    private Commitment order(PrivateSupply.World w, int quantity) {
        String id = submit(Tokens.erp("nwos"), UUID.randomUUID().toString(), "REV-" + UUID.randomUUID(), "NWOS-ASH",
                w.sku(), quantity, PrivateSupply.friday(2));
        List<Commitment> mine = promises.forDemands(OrderLines.demandRefs(id));
        assertEquals(1, mine.size());
        return mine.get(0);
    }

    private static int dated(Commitment c) {
        return c.acceptedQuantity() - c.backorderedQuantity();
    }

    private void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }
}
