package com.halowill.partnerhub.commitments.internal;

import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.ScheduleLine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/** A commitment as the ledger stores it: its facts, state and allocations, with what of each has shipped. */
final class Booked {

    /** One stored allocation and the units of it already shipped. */
    record Held(long id, Allocation allocation, int shipped) {

        int open() {
            return allocation.units() - shipped;
        }
    }

    UUID id;
    String demandRef;
    String distributor;
    String sku;
    int quantity;
    int accepted;
    LocalDate requested;
    String shipTo;
    String preferredWarehouse;
    CommitmentState state;
    List<String> explanation = List.of();
    Instant receivedAt;
    Instant proposedAt;
    Instant confirmedAt;
    String confirmedBy;
    Instant updatedAt;
    List<Held> allocations = new ArrayList<>();

    PromiseRequest request() {
        return new PromiseRequest(distributor, sku, accepted - shipped(), requested, preferredWarehouse, null, null);
    }

    int allocated() {
        return allocations.stream().mapToInt(h -> h.allocation().units()).sum();
    }

    int shipped() {
        return allocations.stream().mapToInt(Held::shipped).sum();
    }

    boolean open() {
        return state == CommitmentState.PROPOSED || state == CommitmentState.CONFIRMED;
    }

    Commitment view() {
        return new Commitment(id, demandRef, distributor, sku, quantity, accepted, requested, shipTo, state,
                schedule(), explanation, receivedAt, proposedAt, confirmedAt, confirmedBy, updatedAt);
    }

    List<ScheduleLine> schedule() {
        return schedule(allocations, open() ? accepted : allocated());
    }

    /** Allocations grouped by ship date, then what nothing covers as one line without a date. */
    static List<ScheduleLine> schedule(List<Held> allocations, int accepted) {
        Map<LocalDate, List<Held>> byDate = new TreeMap<>();
        allocations.forEach(h -> byDate.computeIfAbsent(h.allocation().shipDate(), d -> new ArrayList<>()).add(h));
        List<ScheduleLine> out = new ArrayList<>();
        int dated = 0;
        for (Map.Entry<LocalDate, List<Held>> e : byDate.entrySet()) {
            List<Held> group = e.getValue();
            int units = group.stream().mapToInt(h -> h.allocation().units()).sum();
            int lta = group.stream().filter(h -> h.allocation().ltaCode() != null)
                    .mapToInt(h -> h.allocation().units()).sum();
            String ltaCode = group.stream().map(h -> h.allocation().ltaCode()).filter(Objects::nonNull).findFirst()
                    .orElse(null);
            LocalDate delivery = group.stream().map(h -> h.allocation().deliveryDate()).max(LocalDate::compareTo)
                    .orElseThrow();
            out.add(new ScheduleLine(units, e.getKey(), delivery, ltaCode, lta,
                    group.stream().mapToInt(Held::shipped).sum(),
                    group.stream().map(h -> h.allocation().describe()).toList()));
            dated += units;
        }
        if (accepted > dated) {
            out.add(new ScheduleLine(accepted - dated, null, null, null, 0, 0,
                    List.of("backordered: no unpromised supply in the plan yet")));
        }
        return out;
    }
}
