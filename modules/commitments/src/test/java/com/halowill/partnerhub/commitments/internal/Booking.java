package com.halowill.partnerhub.commitments.internal;

import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.internal.engine.PromiseEngine;
import com.halowill.partnerhub.commitments.internal.engine.PromiseRequest;
import com.halowill.partnerhub.commitments.internal.engine.SupplyState;
import com.halowill.partnerhub.commitments.internal.store.Booked;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Books demands as the commitment store would: promised on a state, then kept as commitments in arrival order. */
public final class Booking {

    private int arrivals;

    public Booked book(SupplyState s, String distributor, String sku, int quantity, LocalDate requested,
            CommitmentState state) {
        Booked b = new Booked();
        b.id = UUID.randomUUID();
        b.demandRef = "d-" + b.id;
        b.distributor = distributor;
        b.sku = sku;
        b.quantity = quantity;
        b.accepted = quantity;
        b.requested = requested;
        b.state = state;
        b.receivedAt = Instant.parse("2026-11-25T10:00:00Z").plusSeconds(arrivals++);
        b.proposedAt = b.receivedAt;
        b.updatedAt = b.receivedAt;
        PromiseEngine.plan(s, new PromiseRequest(distributor, sku, quantity, requested, "HUB", null, null))
                .allocations().forEach(a -> b.allocations.add(new Booked.Held(arrivals * 100L + b.allocations.size(),
                        a, 0)));
        return b;
    }
}
