package com.halowill.partnerhub.orders.internal;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.ReviewThreshold;
import com.halowill.partnerhub.platform.ReferenceSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When intake holds an order for ops instead of promising it: a line above the threshold ops set for its distributor
 * and product; without one, a line far above what the distributor normally orders of the product (more than
 * {@code partnerhub.review.usual-factor} times its largest line of the last year, and worth more than
 * {@code partnerhub.review.usual-min-value}); without such history, a line worth more than
 * {@code partnerhub.review.line-value}; or an order that takes its distributor's open order value past the credit
 * limit. Thresholds are reference data, read once per revision; the largest lines are read per distributor at most
 * {@code partnerhub.review.usual-max-age} old, plus the lines this instance has taken in since.
 *
 * <p>Adding up a distributor's open lines costs tens of milliseconds at a year's volume, too much for every intake
 * transaction: the open value is read at most {@code partnerhub.review.open-value-max-age} old, plus what this
 * instance has taken in since; a cancellation here reads it again. Orders taken in by another instance meanwhile are
 * counted at the next read, and shipments lower it only then (the check errs on the side of review). Both age on the
 * business clock, so a replay, whose clock stands still within a day and goes back to its start for each run, reads
 * them alike in every run.
 */
@ApplicationScoped
class ReviewRules {

    private static final String OPEN_VALUE = """
            select p.distributor, coalesce(sum((l.quantity - l.shipped_quantity) * l.unit_price), 0)
            from orders.purchase_order p join orders.order_line l on l.order_id = p.id
            where p.distributor = any(cast(?1 as varchar[]))
              and l.status not in ('SHIPPED', 'CANCELLED', 'REJECTED')
            group by p.distributor""";

    private static final String LARGEST_LINES = """
            select l.sku, max(l.quantity)
            from orders.purchase_order p join orders.order_line l on l.order_id = p.id
            where p.distributor = ?1 and p.created_at > ?2
              and l.status not in ('ON_REVIEW', 'REJECTED', 'CANCELLED')
            group by l.sku""";

    private final EntityManager em;
    private final Clock clock;
    private final int usualFactor;
    private final BigDecimal usualMinValue;
    private final long usualMaxAgeMillis;
    private final Map<String, Largest> largest = new ConcurrentHashMap<>();
    private final ReferenceSnapshot<Map<String, ReviewThreshold>> thresholds;
    private final BigDecimal lineValue;
    private final long maxAgeMillis;
    private final Map<String, OpenValue> openValues = new ConcurrentHashMap<>();

    /** A distributor's largest line of each product in the last year, as read at a moment. */
    private record Largest(Map<String, Integer> bySku, long readAt) {
    }

    /** A distributor's open order value as read at a moment, with what this instance took in since. */
    private record OpenValue(BigDecimal value, long readAt) {
    }

    ReviewRules(EntityManager em, TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "partnerhub.review.line-value", defaultValue = "1500000") BigDecimal lineValue,
            @ConfigProperty(name = "partnerhub.review.open-value-max-age", defaultValue = "5S") Duration maxAge,
            @ConfigProperty(name = "partnerhub.review.usual-factor", defaultValue = "10") int usualFactor,
            @ConfigProperty(name = "partnerhub.review.usual-min-value", defaultValue = "100000") BigDecimal usualMinValue,
            @ConfigProperty(name = "partnerhub.review.usual-max-age", defaultValue = "10M") Duration usualMaxAge,
            Clock clock) {
        this.em = em;
        this.clock = clock;
        this.usualFactor = usualFactor;
        this.usualMinValue = usualMinValue;
        this.usualMaxAgeMillis = usualMaxAge.toMillis();
        this.lineValue = lineValue;
        this.maxAgeMillis = maxAge.toMillis();
        this.thresholds = new ReferenceSnapshot<>(em, transactions, "orders", this::read);
    }

    /** Whether what was read at {@code readAt} is too old at {@code now}, or was read at a later moment. */
    private static boolean stale(long readAt, long now, long maxAge) {
        return now < readAt || now - readAt > maxAge;
    }

    /** Why a line must wait for ops, or null when it need not. */
    String lineReason(String distributor, String sku, int quantity, BigDecimal value) {
        ReviewThreshold t = thresholds.get().get(distributor + "|" + sku);
        if (t != null) {
            return quantity > t.maxUnits() ? "quantity " + units(quantity) + " is above the " + units(t.maxUnits())
                    + " that " + distributor + " orders of " + sku + " on one line without review" : null;
        }
        Integer usual = largestLines(distributor).get(sku);
        if (usual != null) {
            return quantity > (long) usualFactor * usual && value.compareTo(usualMinValue) > 0 ? "quantity "
                    + units(quantity) + " is more than " + usualFactor + " times the largest line (" + units(usual)
                    + ") " + distributor + " ordered of " + sku + " in the last year" : null;
        }
        return value.compareTo(lineValue) > 0 ? "line value " + money(value) + " is above the "
                + money(lineValue) + " a line may have without review" : null;
    }

    /** A line taken in without review is part of what the distributor normally orders from now on. */
    void taken(String distributor, String sku, int quantity) {
        largest.computeIfPresent(distributor, (k, v) -> {
            Map<String, Integer> bySku = new HashMap<>(v.bySku());
            bySku.merge(sku, quantity, Math::max);
            return new Largest(bySku, v.readAt());
        });
    }

    /** The distributor's largest line of each product in the last year (in the caller's transaction when read). */
    @SuppressWarnings("unchecked")
    private Map<String, Integer> largestLines(String distributor) {
        long now = clock.millis();
        Largest l = largest.get(distributor);
        if (l == null || stale(l.readAt(), now, usualMaxAgeMillis)) {
            Map<String, Integer> bySku = new HashMap<>();
            List<Object[]> rows = em.createNativeQuery(LARGEST_LINES).setParameter(1, distributor)
                    .setParameter(2, Timestamp.from(clock.instant().minus(Duration.ofDays(365)))).getResultList();
            rows.forEach(r -> bySku.put((String) r[0], ((Number) r[1]).intValue()));
            l = new Largest(Map.copyOf(bySku), now);
            largest.put(distributor, l);
        }
        return l.bySku();
    }

    /**
     * Why an order must wait for ops because it takes the distributor past its credit limit, or null; the order counts
     * in the distributor's open value from now on either way (held lines are open orders too).
     */
    String creditReason(Distributor d, BigDecimal order) {
        BigDecimal open = openValue(List.of(d.code())).get(d.code());
        openValues.computeIfPresent(d.code(), (k, v) -> new OpenValue(v.value().add(order), v.readAt()));
        if (d.creditLimit() == null || d.creditLimit().signum() <= 0 || open.add(order).compareTo(d.creditLimit()) <= 0) {
            return null;
        }
        return "open orders " + money(open) + " and this order " + money(order) + " exceed " + d.code()
                + "'s credit limit of " + money(d.creditLimit());
    }

    /**
     * The value not shipped yet of each distributor's open lines (held ones included): as read at most the maximum
     * age ago, in the caller's transaction, plus what this instance has taken in since. Intake asks for all the
     * distributors of a batch first, so that one query reads those it must read.
     */
    @SuppressWarnings("unchecked")
    Map<String, BigDecimal> openValue(Collection<String> distributors) {
        Map<String, BigDecimal> out = new HashMap<>();
        long now = clock.millis();
        List<String> stale = new ArrayList<>();
        for (String d : distributors) {
            OpenValue v = openValues.get(d);
            if (v == null || stale(v.readAt(), now, maxAgeMillis)) {
                stale.add(d);
            } else {
                out.put(d, v.value());
            }
        }
        if (!stale.isEmpty()) {
            stale.forEach(d -> out.put(d, BigDecimal.ZERO));
            List<Object[]> rows = em.createNativeQuery(OPEN_VALUE)
                    .setParameter(1, stale.toArray(String[]::new)).getResultList();
            rows.forEach(r -> out.put((String) r[0], (BigDecimal) r[1]));
            stale.forEach(d -> openValues.put(d, new OpenValue(out.get(d), now)));
        }
        return out;
    }

    /** Open orders of the distributor were closed here: the next check reads the open value again. */
    void forget(String distributor) {
        openValues.remove(distributor);
    }

    List<ReviewThreshold> all() {
        return thresholds.get().values().stream()
                .sorted((a, b) -> (a.distributor().value() + a.sku().value())
                        .compareTo(b.distributor().value() + b.sku().value())).toList();
    }

    void changed() {
        thresholds.changed();
    }

    @SuppressWarnings("unchecked")
    private Map<String, ReviewThreshold> read() {
        List<Object[]> rows = em.createNativeQuery(
                "select distributor, sku, max_units, set_by, set_at from orders.review_threshold").getResultList();
        Map<String, ReviewThreshold> out = new HashMap<>();
        for (Object[] r : rows) {
            ReviewThreshold t = new ReviewThreshold(new DistributorCode((String) r[0]), new Sku((String) r[1]),
                    ((Number) r[2]).intValue(),
                    (String) r[3], r[4] instanceof Timestamp ts ? ts.toInstant() : (java.time.Instant) r[4]);
            out.put(t.distributor() + "|" + t.sku(), t);
        }
        return Map.copyOf(out);
    }

    static String money(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return "USD " + f.format(amount);
    }

    private static String units(int n) {
        return String.format(Locale.US, "%,d", n);
    }
}
