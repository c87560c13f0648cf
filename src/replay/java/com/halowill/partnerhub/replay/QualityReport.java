package com.halowill.partnerhub.replay;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The promise-quality measures of one replay, and the report that puts the platform beside the ERP baseline. */
record QualityReport(int promisedTwice, double ltaFill, double otifLast, double otifFirst, double movesExplained,
        int movesSeen, Map<String, Double> fill) {

    static final List<String> DISTRIBUTORS = List.of("NWOS", "CASC", "PRDC", "MAPL");

    static QualityReport of(List<LineOutcome> lines, List<SeedWorld.Lta> ltas, int promisedTwice, int movesSeen,
            int movesExplained) {
        long ltaUnits = 0;
        long ltaOnTime = 0;
        long otifLast = 0;
        long otifFirst = 0;
        Map<String, long[]> fill = new TreeMap<>();
        for (LineOutcome o : lines) {
            DemandLine l = o.line();
            if (ltas.stream().anyMatch(x -> x.covers(l))) {
                ltaUnits += l.quantity();
                ltaOnTime += o.shippedOnTime();
            }
            otifLast += o.inFullBy(o.lastDate()) ? 1 : 0;
            otifFirst += o.inFullBy(o.firstDate()) ? 1 : 0;
            long[] f = fill.computeIfAbsent(l.distributor(), k -> new long[2]);
            f[0] += o.shippedOnTime();
            f[1] += l.quantity();
        }
        Map<String, Double> fillShare = new TreeMap<>();
        fill.forEach((d, f) -> fillShare.put(d, share(f[0], f[1])));
        return new QualityReport(promisedTwice, share(ltaOnTime, ltaUnits), share(otifLast, lines.size()),
                share(otifFirst, lines.size()), movesSeen == 0 ? 1 : share(movesExplained, movesSeen), movesSeen,
                fillShare);
    }

    /** The six lines, exactly as the promise-quality report gives them. */
    String lines() {
        StringBuilder fillText = new StringBuilder();
        for (String d : DISTRIBUTORS) {
            fillText.append(fillText.isEmpty() ? "" : ", ").append(d).append(' ').append(pct(fill.getOrDefault(d, 0.0)));
        }
        return "units promised twice: " + promisedTwice + "\n"
                + "LTA fill: " + pct(ltaFill) + "\n"
                + "OTIF vs last commit: " + pct(otifLast) + "\n"
                + "OTIF vs first commit: " + pct(otifFirst) + "\n"
                + "moves with reason and history: " + pct(movesExplained) + "\n"
                + "fill by distributor: " + fillText + "\n";
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** The markdown report: how to run it, what was played, both results and a side-by-side table. */
    static String markdown(String command, String demandName, List<DemandLine> demand, LocalDate start,
            LocalDate disruption, LocalDate end, QualityReport platform, PlatformReplay.Result p,
            QualityReport erp, ErpBaseline.Result e, double seconds) {
        long orders = demand.stream().map(DemandLine::po).distinct().count();
        long units = demand.stream().mapToLong(DemandLine::quantity).sum();
        StringBuilder md = new StringBuilder();
        md.append("# Promise quality: the 26-week replay\n\n");
        md.append("Written by the scenario replay (`src/replay/`). To run it again:\n\n```bash\n").append(command)
                .append("\n```\n\n");
        md.append("Demand: `").append(demandName).append("`, ").append(demand.size()).append(" order lines in ")
                .append(orders).append(" purchase orders, ").append(units).append(" units. The replay runs from ")
                .append(start).append(" to ").append(end).append("; the EML-100G disruption (weeks 6 to 9 halved) is ")
                .append("announced on ").append(disruption).append(" and its re-commit approved the same day. ")
                .append(String.format(Locale.ROOT, "It took %.0f s.", seconds)).append("\n\n")
                .append("On the day of the disruption: ").append(p.disruption()).append(".\n\n");
        md.append("## Partner Hub\n\nPooled capable-to-promise from chip supply, supply held at intake, LTA volume ")
                .append("protected, re-commit on the supply change.\n\n```\n").append(platform.lines()).append("```\n\n");
        md.append("## The same demand, promised the way open-source ERPs do\n\nFirst come first served from ")
                .append("per-part stock and output (chips split evenly among the parts that use them), no pooling, ")
                .append("no protection, no re-commit: dates given stay when supply falls short.\n\n```\n")
                .append(erp.lines()).append("```\n\n");
        md.append("## Side by side\n\n| measure | Partner Hub | ERP way |\n|---|---|---|\n");
        md.append("| units promised twice | ").append(platform.promisedTwice()).append(" | ").append(erp.promisedTwice())
                .append(" |\n");
        md.append("| LTA fill | ").append(pct(platform.ltaFill())).append(" | ").append(pct(erp.ltaFill())).append(" |\n");
        md.append("| OTIF vs last commit | ").append(pct(platform.otifLast())).append(" | ").append(pct(erp.otifLast()))
                .append(" |\n");
        md.append("| OTIF vs first commit | ").append(pct(platform.otifFirst())).append(" | ")
                .append(pct(erp.otifFirst())).append(" |\n");
        md.append("| moves with reason and history | ").append(pct(platform.movesExplained())).append(" of ")
                .append(platform.movesSeen()).append(" moves seen | ").append(e.slipped())
                .append(" dates missed, none recorded |\n");
        for (String d : DISTRIBUTORS) {
            md.append("| fill ").append(d).append(" | ").append(pct(platform.fill().getOrDefault(d, 0.0))).append(" | ")
                    .append(pct(erp.fill().getOrDefault(d, 0.0))).append(" |\n");
        }
        md.append("| purchase orders rejected at intake | ").append(p.rejectedOrders()).append(" | 0 |\n\n");
        md.append("""
                ## What the measures mean

                - **units promised twice**: the most units, at the end of any day, that held a date without supply \
                to back it (Partner Hub: the re-commit preview's uncovered units; ERP: per part, dated units beyond \
                stock and planned output by their date).
                - **LTA fill**: of the LTA holders' demand for their LTA product with a requested date in the LTA \
                period, the share of units shipped by the requested date.
                - **OTIF vs last / first commit**: the share of order lines shipped in full on or before the last \
                (first) date given for the whole quantity; a line whose answer left units without a date is not on \
                time against it.
                - **moves with reason and history**: every evening the replay reads each line's schedule as partners \
                see it; a change counts as explained when the line's history records it that day with a reason code \
                and the same schedule. The ERP gives no second date: a date it misses is a move nobody recorded.
                - **fill by distributor**: the share of a distributor's ordered units shipped by the requested date.
                - Shipping: a commitment ships on its date when the supply it was promised from is there (Partner Hub \
                refuses a shipment of units not built yet); the ERP ships a line in full when its part is on hand, \
                in arrival order.
                """);
        return md.toString();
    }
}
