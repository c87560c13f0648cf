package com.halowill.partnerhub.app.promises;

import static com.halowill.partnerhub.app.api.PurchaseOrdersAccess.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.AllocationBoard;
import com.halowill.partnerhub.commitments.Allocations;
import com.halowill.partnerhub.commitments.Lta;
import com.halowill.partnerhub.commitments.ProductBoard;
import com.halowill.partnerhub.commitments.ProductWeek;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/** A product's allocation board adds up what distributors asked for, what is held, the LTA's protection and the rest. */
@QuarkusTest
class ProductBoardTest {

    @Inject
    PrivateSupply supply;
    @Inject
    Allocations allocations;
    @Inject
    AllocationBoard boards;

    @Test
    void the_board_shows_demand_held_lta_protection_and_what_is_still_open_to_distributors_without_an_lta() {
        // 1,000 units can be built from week 2. CASC's LTA protects 100 a week in weeks 3 to 6 (no fence).
        PrivateSupply.World w = supply.product("PBOARD", 1, Map.of(2, 1000), 10_000);
        allocations.saveLta(new Lta("LTA-" + w.sku(), new DistributorCode("CASC"), new Sku(w.sku()),
                PrivateSupply.monday(3), PrivateSupply.monday(6).plusDays(6), 400, 50, 0));
        ProductBoard empty = boards.product(new Sku(w.sku()));
        assertEquals(400, total(empty, ProductWeek::ltaQuota));
        assertEquals(400, total(empty, ProductWeek::ltaProtected));
        assertEquals(600, total(empty, ProductWeek::openToOthers), "what the LTA does not protect is open to others");

        submit(Tokens.erp("casc"), UUID.randomUUID().toString(), "PB-" + UUID.randomUUID().toString().substring(0, 8),
                "CASC-SEA", w.sku(), 100, PrivateSupply.friday(3));
        submit(Tokens.erp("prdc"), UUID.randomUUID().toString(), "PB-" + UUID.randomUUID().toString().substring(0, 8),
                "PRDC-DSM", w.sku(), 200, PrivateSupply.friday(2));
        ProductBoard board = boards.product(new Sku(w.sku()));
        assertEquals(200, week(board, 2).requested());
        assertEquals(100, week(board, 3).requested());
        assertEquals(300, total(board, ProductWeek::held), "both orders hold their supply as proposals");
        assertEquals(100, total(board, ProductWeek::ltaDrawn), "the holder's order drew on its LTA");
        assertEquals(100, week(board, 3).ltaDrawn());
        assertEquals(0, week(board, 3).ltaProtected(), "week 3's quota is drawn");
        assertEquals(300, total(board, ProductWeek::ltaProtected));
        assertEquals(400, total(board, ProductWeek::openToOthers), "1,000 less 300 promised less 300 protected");
        assertFalse(board.weeks().stream().anyMatch(ProductWeek::shortage));
        assertEquals(1, board.ltas().size());
        assertEquals(300, board.ltas().get(0).remaining());

        // Someone without an LTA asks for more than is open: the rest waits, and the week is short.
        submit(Tokens.erp("prdc"), UUID.randomUUID().toString(), "PB-" + UUID.randomUUID().toString().substring(0, 8),
                "PRDC-DSM", w.sku(), 600, PrivateSupply.friday(2));
        ProductBoard after = boards.product(new Sku(w.sku()));
        assertEquals(200, after.backordered(), "only 400 were open; the LTA's 300 stay protected");
        assertEquals(300, after.ltaProtected());
        assertEquals(0, total(after, ProductWeek::openToOthers));
        assertTrue(week(after, 2).shortage());
        assertEquals(100, week(after, 4).protectedShare(), "all that is free in week 4 is kept for the holder");
    }

    private static ProductWeek week(ProductBoard board, int n) {
        return board.weeks().stream().filter(w -> w.week().equals(PrivateSupply.monday(n))).findFirst().orElseThrow();
    }

    private static int total(ProductBoard board, ToIntFunction<ProductWeek> column) {
        return board.weeks().stream().mapToInt(column).sum();
    }
}
