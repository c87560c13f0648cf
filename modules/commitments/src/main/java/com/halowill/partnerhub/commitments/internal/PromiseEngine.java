package com.halowill.partnerhub.commitments.internal;

import com.halowill.partnerhub.inventory.AtpBucket;
import com.halowill.partnerhub.inventory.SupplyKind;
import com.halowill.partnerhub.inventory.SupplyTake;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The skeleton's promising rule: draw on unpromised supply in ready-date order, stock first, until
 * the quantity is covered; the line ships when the last unit it draws on is ready, but never before
 * today nor before the requested date. Without enough supply in the horizon the line is backordered.
 */
final class PromiseEngine {

    /** What the engine proposes: the supply to draw on, the ship date (null: backorder), and why. */
    record Plan(List<SupplyTake> takes, LocalDate shipDate, String explanation) {
    }

    private PromiseEngine() {
    }

    static Plan plan(List<AtpBucket> buckets, int quantity, LocalDate requested, LocalDate today) {
        List<AtpBucket> ordered = buckets.stream()
                .filter(b -> b.available() > 0)
                .sorted(Comparator.comparing(AtpBucket::readyDate).thenComparing(AtpBucket::kind))
                .toList();
        List<SupplyTake> takes = new ArrayList<>();
        int missing = quantity;
        for (AtpBucket b : ordered) {
            if (missing == 0) {
                break;
            }
            int take = Math.min(missing, b.available());
            takes.add(new SupplyTake(b.kind(), b.readyDate(), take));
            missing -= take;
        }
        if (missing > 0) {
            int found = quantity - missing;
            String horizon = ordered.isEmpty() ? "" : " through " + ordered.get(ordered.size() - 1).readyDate();
            return new Plan(List.of(), null,
                    "Backorder: only " + found + " of " + quantity + " unpromised in the supply plan" + horizon);
        }
        LocalDate ready = takes.get(takes.size() - 1).readyDate();
        if (ready.isBefore(today)) {
            ready = today;
        }
        LocalDate ship = ready.isBefore(requested) ? requested : ready;
        return new Plan(List.copyOf(takes), ship, explain(takes, ship, requested));
    }

    private static String explain(List<SupplyTake> takes, LocalDate ship, LocalDate requested) {
        List<String> parts = new ArrayList<>();
        int stock = takes.stream().filter(t -> t.kind() == SupplyKind.STOCK).mapToInt(SupplyTake::quantity).sum();
        if (stock > 0) {
            parts.add(stock + " from stock");
        }
        List<SupplyTake> output = takes.stream().filter(t -> t.kind() == SupplyKind.OUTPUT).toList();
        if (output.size() == 1) {
            parts.add(output.get(0).quantity() + " from output ready " + output.get(0).readyDate());
        } else if (output.size() > 1) {
            parts.add(output.stream().mapToInt(SupplyTake::quantity).sum() + " from output of " + output.size()
                    + " weeks ready " + output.get(0).readyDate() + " to " + output.get(output.size() - 1).readyDate());
        }
        String when = ship.equals(requested) ? "ships on the requested date"
                : ship.isAfter(requested) ? "ships " + (ship.toEpochDay() - requested.toEpochDay())
                        + " days after the requested date"
                        : "ships early";
        return String.join(" + ", parts) + "; " + when;
    }
}
