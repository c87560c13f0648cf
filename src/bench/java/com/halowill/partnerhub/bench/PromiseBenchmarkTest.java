package com.halowill.partnerhub.bench;

import com.halowill.partnerhub.app.MovableClock;
import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.BackorderProcessing;
import com.halowill.partnerhub.commitments.BackorderRun;
import com.halowill.partnerhub.commitments.BuildsAhead;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ProposalFilter;
import com.halowill.partnerhub.commitments.QuoteRequest;
import com.halowill.partnerhub.commitments.ReCommitCase;
import com.halowill.partnerhub.commitments.ReCommitPreview;
import com.halowill.partnerhub.commitments.ReCommits;
import com.halowill.partnerhub.commitments.RunPreview;
import com.halowill.partnerhub.commitments.ShareRule;
import com.halowill.partnerhub.inventory.PlanCell;
import com.halowill.partnerhub.inventory.PoolKind;
import com.halowill.partnerhub.inventory.SupplyPlan;
import com.halowill.partnerhub.orders.Channel;
import com.halowill.partnerhub.orders.OrderIntake;
import com.halowill.partnerhub.orders.SubmitLine;
import com.halowill.partnerhub.orders.SubmitOrder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The promise engine's benchmarks (src/bench/promise-bench.sh): quote latency with 1k, 100k and 1M open order
 * lines, and re-promising 10k open lines of one product after a supply change. Results go to
 * docs/performance.md; nothing here asserts a time.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@Tag("bench")
class PromiseBenchmarkTest {

    static final String SKU = "HW-OSFP-800G-DR8";
    static final String[][] BUYERS = {{"NWOS", "NWOS-ASH"}, {"CASC", "CASC-SEA"}, {"PRDC", "PRDC-DSM"},
        {"MAPL", "MAPL-MTL"}};
    static final int WARMUP = 2000;
    static final int QUOTES = 5000;

    @Inject
    Promises promises;
    @Inject
    ReCommits reCommits;
    @Inject
    BackorderProcessing runs;
    @Inject
    BuildsAhead buildsAhead;
    @Inject
    MovableClock clock;
    @Inject
    OrderIntake intake;
    @Inject
    SupplyPlan plan;
    @Inject
    PrivateSupply supply;
    @Inject
    EntityManager em;
    @Inject
    com.halowill.partnerhub.orders.Distributors distributors;

    @Test
    void promise_engine_benchmarks() throws Exception {
        StringBuilder md = new StringBuilder();
        md.append(repromise());
        md.append(quotes());
        Path doc = Path.of(System.getProperty("partnerhub.bench.report", "target/performance-promise.md"));
        write(doc, "promise-bench", md.toString());
        System.out.println(md);
    }

    /** One round of the re-promise benchmark on its own product: the three steps' times and what they did. */
    private record Round(double intakeSeconds, double previewMs, double approveMs, double runMs, int moves,
            int uncovered, String outcome, int runMoves, double aheadMs, int aheadUnits) {
    }

    /**
     * 10k open lines of one product (real orders, confirmed), then a cut that leaves half without supply; as many
     * rounds as {@code partnerhub.bench.rounds} (3), each on a product of its own, reported with their median.
     */
    private String repromise() {
        int lines = Integer.getInteger("partnerhub.bench.lines", 10_000);
        int rounds = Integer.getInteger("partnerhub.bench.rounds", 3);
        // Each round adds 10k open lines: without a credit limit every round's orders are taken in alike.
        for (String[] buyer : BUYERS) {
            com.halowill.partnerhub.orders.Distributor d = distributors.find(new DistributorCode(buyer[0]))
                    .orElseThrow();
            distributors.save(new com.halowill.partnerhub.orders.Distributor(d.code(), d.name(), d.tier(), d.country(),
                    d.currency(), d.paymentTerms(), d.incoterm(), java.math.BigDecimal.ZERO, d.erpClientId()));
        }
        List<Round> done = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            done.add(round(lines));
        }
        Round first = done.get(0);
        return String.format(Locale.ROOT, """
                ### Re-promising %,d open lines of one product after a supply change

                %,d order lines (%,d purchase orders of 50 lines, 10 units each, confirmed) of one product whose
                chips arrive over eight weeks; then the plan moves half of every week's chips eight weeks later.
                Taking the orders in through `OrderIntake` took %.1f s (%.2f ms a line, holding supply). The
                benchmark does this %d times, each time for a product of its own (the database keeps the earlier
                rounds' orders), and reports the median of the rounds and each round's time.

                | step | median | rounds | what it did |
                |---|---|---|---|
                | re-commit preview (`ReCommits.preview`) | %.0f ms | %s | %,d lines would move, %,d units had lost their supply |
                | re-commit approval (`ReCommits.approve`) | %.0f ms | %s | %s |
                | backorder run, fair share, confirmed included (`BackorderProcessing.apply`) | %.0f ms | %s | all %,d lines promised again, %,d changed |
                | build-ahead at the end of week 1's build, every line, after a quarter of the units' chips more arrived in week 1 (`BuildsAhead.buildAhead`) | %.0f ms | %s | %,d units of later builds made ahead |

                The approval is one transaction: every pool family locked, the open commitments of the product read,
                the engine run, pools, LTA and cap totals, commitments (bulk), history and the order lines' status
                written, one `CommitmentsChanged` event. Build-ahead (ADR 15) also holds every pool family for its
                whole run, on a build's last day only: it reads every open commitment of every buildable product in
                the database (the earlier rounds' too: the third round reads 30,000 lines), so intake waits that
                long once a week.

                """, lines, lines, lines / 50, first.intakeSeconds(), first.intakeSeconds() * 1000 / lines, rounds,
                median(done, Round::previewMs), each(done, Round::previewMs), first.moves(), first.uncovered(),
                median(done, Round::approveMs), each(done, Round::approveMs), first.outcome(),
                median(done, Round::runMs), each(done, Round::runMs), lines, first.runMoves(),
                median(done, Round::aheadMs), each(done, Round::aheadMs), first.aheadUnits());
    }

    private static double median(List<Round> rounds, java.util.function.ToDoubleFunction<Round> f) {
        double[] v = rounds.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String each(List<Round> rounds, java.util.function.ToDoubleFunction<Round> f) {
        return String.join(" / ", rounds.stream().map(r -> String.format(Locale.ROOT, "%.0f", f.applyAsDouble(r)))
                .toList());
    }

    private Round round(int lines) {
        Map<Integer, Integer> chips = new HashMap<>();
        for (int week = 1; week <= 8; week++) {
            chips.put(week, lines * 10 / 8);
        }
        PrivateSupply.World w = supply.product("BENCH", 1, chips, 1_000_000);
        long began = System.nanoTime();
        for (int po = 0; po < lines / 50; po++) {
            String[] buyer = BUYERS[po % BUYERS.length];
            List<SubmitLine> orderLines = new ArrayList<>();
            for (int l = 1; l <= 50; l++) {
                orderLines.add(new SubmitLine(l, w.sku(), 10, PrivateSupply.friday(1 + (po * 50 + l) % 8), null));
            }
            intake.submit(new SubmitOrder(new DistributorCode(buyer[0]), "bench-" + w.sku() + "-" + po, Channel.API,
                    w.sku() + "-" + po, buyer[1], "USD", orderLines, null, "bench"));
        }
        double intakeSeconds = (System.nanoTime() - began) / 1e9;
        for (List<Commitment> page = promises.proposals(ProposalFilter.all(), 1000); !page.isEmpty();
                page = promises.proposals(ProposalFilter.all(), 1000)) {
            promises.confirmAll(page.stream().map(Commitment::id).toList(), "bench");
        }
        List<PlanCell> cut = new ArrayList<>();
        for (int week = 1; week <= 8; week++) {
            cut.add(new PlanCell(PoolKind.CHIPS, w.chip(), PrivateSupply.monday(week), lines * 10 / 16));
            cut.add(new PlanCell(PoolKind.CHIPS, w.chip(), PrivateSupply.monday(week + 8), lines * 10 / 16));
        }
        plan.edit(cut, "bench", "half of every week moves eight weeks later");
        long t0 = System.nanoTime();
        ReCommitPreview preview = reCommits.preview();
        double previewMs = (System.nanoTime() - t0) / 1e6;
        ReCommitCase open = reCommits.openCase().orElseThrow();
        t0 = System.nanoTime();
        ReCommitCase approved = reCommits.approve(open.id(), "bench");
        double approveMs = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        RunPreview run = runs.apply(new BackorderRun(new Sku(w.sku()), null, ShareRule.FAIR_SHARE, true), "bench");
        double runMs = (System.nanoTime() - t0) / 1e6;
        plan.edit(List.of(new PlanCell(PoolKind.CHIPS, w.chip(), PrivateSupply.monday(1), lines * 10 / 16
                + lines * 10 / 4)), "bench", "a quarter of the lines' units more chips arrive in week 1");
        clock.set(PrivateSupply.friday(1).atTime(17, 0).toInstant(ZoneOffset.UTC));
        int aheadUnits;
        double aheadMs;
        try {
            t0 = System.nanoTime();
            aheadUnits = buildsAhead.buildAhead("bench");
            aheadMs = (System.nanoTime() - t0) / 1e6;
        } finally {
            clock.reset();
        }
        return new Round(intakeSeconds, previewMs, approveMs, runMs, preview.moves().size(), preview.uncoveredUnits(),
                approved.outcome(), run.moves().size(), aheadMs, aheadUnits);
    }

    /** Quote latency as the number of open order lines grows, all of them for the product quoted. */
    private String quotes() {
        StringBuilder rows = new StringBuilder();
        double p99At1k = 0;
        double p99At1m = 0;
        for (int open : new int[] {1_000, 100_000, 1_000_000}) {
            topUp(open);
            Latencies l = measure();
            rows.append(String.format(Locale.ROOT, "| %,d | %s | %s |%n", open, Latencies.ms(l.percentile(50)),
                    Latencies.ms(l.percentile(99))));
            if (open == 1_000) {
                p99At1k = l.percentile(99);
            } else if (open == 1_000_000) {
                p99At1m = l.percentile(99);
            }
        }
        return String.format(Locale.ROOT, """
                ### Quote latency with 1k, 100k and 1M open order lines

                %,d quotes of %s (after %d to warm up), one after another, through `Promises.quote` in process:
                its reads of the pools, recipes, LTAs and caps and the engine's plan. Distributor (LTA holder or not),
                quantity (10 to 2,000) and requested date (1 to 20 weeks out) vary at random. The open lines are
                confirmed commitments of that same product added in bulk; a quote never reads them.

                | open order lines | p50 | p99 |
                |---|---|---|
                %s
                quote p99 ratio 1M/1k: %.2f

                """, QUOTES, SKU, WARMUP, rows, p99At1m / p99At1k);
    }

    private Latencies measure() {
        Random random = new Random(42);
        LocalDate today = LocalDate.now();
        for (int i = 0; i < WARMUP; i++) {
            promises.quote(request(random, today));
        }
        Latencies l = new Latencies(QUOTES);
        for (int i = 0; i < QUOTES; i++) {
            QuoteRequest q = request(random, today);
            long t0 = System.nanoTime();
            promises.quote(q);
            l.add(System.nanoTime() - t0);
        }
        return l;
    }

    private static QuoteRequest request(Random random, LocalDate today) {
        String[] buyer = BUYERS[random.nextInt(BUYERS.length)];
        return new QuoteRequest(new DistributorCode(buyer[0]), new Sku(SKU), 10 * (1 + random.nextInt(200)),
                today.plusWeeks(1 + random.nextInt(20)),
                "DAL-HUB");
    }

    /** Adds confirmed commitments of the product (each with one build allocation) until there are {@code open}. */
    private void topUp(int open) {
        int have = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from commitments.commitment where sku = ?1").setParameter(1, SKU).getSingleResult())
                .intValue());
        for (int from = have; from < open; from += 100_000) {
            int lo = from;
            int hi = Math.min(open, from + 100_000) - 1;
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    with c as (
                        insert into commitments.commitment (id, demand_ref, distributor, sku, quantity, accepted_quantity,
                            requested_date, ship_to, ship_date, state, explanation, proposed_at, received_at, updated_at,
                            confirmed_at, confirmed_by)
                        select gen_random_uuid(), 'bench:' || g, (array['NWOS','CASC','PRDC','MAPL'])[1 + g % 4], ?1,
                            10, 10, current_date + 7 + g % 140, 'NWOS-ASH', current_date + 7 + g % 140, 'CONFIRMED',
                            'bench', now(), now(), now(), now(), 'bench'
                        from generate_series(?2, ?3) g
                        returning id, requested_date)
                    insert into commitments.allocation (commitment_id, source, warehouse, week_start, line, chips, units,
                        ship_date, delivery_date)
                    select id, 'BUILD', 'PEN-FG', date_trunc('week', requested_date)::date, 'PEN-L2',
                        'DSP-5NM:1;EML-100G:8', 10, requested_date, requested_date + 7 from c""")
                    .setParameter(1, SKU).setParameter(2, lo).setParameter(3, hi).executeUpdate());
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "analyze commitments.commitment; analyze commitments.allocation").executeUpdate());
    }

    /** Replaces a section of the performance page (between its markers {@code name}), or appends it. */
    static void write(Path doc, String name, String section) throws java.io.IOException {
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        String block = start + "\n" + section + end;
        Files.createDirectories(doc.toAbsolutePath().getParent());
        if (Files.exists(doc) && Files.readString(doc).contains(start)) {
            String text = Files.readString(doc);
            Files.writeString(doc, text.substring(0, text.indexOf(start)) + block
                    + text.substring(text.indexOf(end) + end.length()));
        } else {
            Files.writeString(doc, (Files.exists(doc) ? Files.readString(doc) + "\n" : "") + block + "\n");
        }
    }
}
