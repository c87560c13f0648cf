package com.halowill.partnerhub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.e2e.Browser;
import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.orders.Channel;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.OrderIntake;
import com.halowill.partnerhub.orders.SubmitLine;
import com.halowill.partnerhub.orders.SubmitOrder;
import com.microsoft.playwright.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How fast "My orders" renders for a distributor with 10,000 orders (src/bench/portal-bench.sh): a buyer signed in
 * through the real Keycloak, pages fetched over HTTP with the browser's session cookie, one after another. Results
 * go to docs/performance.md; nothing here asserts a time. It runs in the tests' own world (database
 * {@code partnerhub_test} with the seed data, made afresh by every run, and the tests' Keycloak).
 */
@QuarkusTest
@Tag("bench")
class PortalPageBenchmarkTest {

    static final int ORDERS = 10_000;
    static final int WARMUP = 300;
    static final int MEASURED = 1000;

    @TestHTTPResource("/")
    URL base;
    @Inject
    OrderIntake intake;
    @Inject
    PrivateSupply supply;
    @Inject
    Distributors distributors;
    @Inject
    javax.sql.DataSource db;

    @Test
    void my_orders_with_ten_thousand_orders() throws Exception {
        Map<Integer, Integer> chips = new HashMap<>();
        for (int week = 1; week <= 20; week++) {
            chips.put(week, 10_000_000);
        }
        PrivateSupply.World w = supply.product("PAGE", 1, chips, 10_000_000);
        // Ten thousand orders pass Northwind's credit limit, and orders past it are held for review (holding
        // nothing); the page measured here is the one of promised lines.
        Distributor nwos = distributors.find(new DistributorCode("NWOS")).orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> distributors.save(new Distributor(nwos.code(), nwos.name(),
                nwos.tier(), nwos.country(), nwos.currency(), nwos.paymentTerms(), nwos.incoterm(),
                new java.math.BigDecimal("1000000000000"), nwos.erpClientId())));
        long start = System.nanoTime();
        for (int i = 0; i < ORDERS; i++) {
            intake.submit(new SubmitOrder(new DistributorCode("NWOS"), "page-bench-" + UUID.randomUUID(), Channel.API,
                    "PAGE-" + i + "-" + UUID.randomUUID().toString().substring(0, 6), "NWOS-ASH", "USD",
                    List.of(new SubmitLine(1, w.sku(), 10, PrivateSupply.friday(1 + i % 8), null),
                            new SubmitLine(2, w.sku(), 20, PrivateSupply.friday(2 + i % 12), null)),
                    null, "bench"));
        }
        double intakeSeconds = (System.nanoTime() - start) / 1e9;
        // What autovacuum's analyze does after a bulk load like this one, so the planner knows the tables.
        try (java.sql.Connection c = db.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("analyze orders.purchase_order");
            s.execute("analyze orders.order_line");
        }

        String cookie;
        try (Browser browser = new Browser()) {
            Page page = browser.signIn(url("/portal/orders"), "nwos-buyer", Tokens.PASSWORD);
            cookie = page.context().cookies().stream().map(c -> c.name + "=" + c.value)
                    .collect(Collectors.joining("; "));
        }
        HttpClient http = HttpClient.newHttpClient();
        String first = get(http, cookie, "/portal/orders");
        Matcher next = Pattern.compile("href=\"(/portal/orders\\?cursor=[^\"]+)\" id=\"next-page\"").matcher(first);
        assertTrue(next.find(), "the first page links the next one");
        String older = next.group(1).replace("&amp;", "&");

        Latencies firstPage = measure(http, cookie, "/portal/orders");
        Latencies olderPage = measure(http, cookie, older);
        Latencies bySku = measure(http, cookie, "/portal/orders?sku=" + w.sku());

        String md = String.format(Locale.ROOT, """
                ### "My orders" with 10,000 orders of one distributor

                %,d two-line orders of Northwind (NWOS) taken in through `OrderIntake` (%.0f s), each line holding
                supply, then both tables analyzed. Then `nwos-buyer` signs in through Keycloak in Chromium, and its session cookie fetches
                each page %,d times one after another over HTTP (after %d to warm up): the full server-rendered
                page, 50 orders with their lines, statuses and held dates.

                | page | p50 | p95 | p99 |
                |---|---|---|---|
                | first page, newest 50 | %s | %s | %s |
                | second page (cursor) | %s | %s | %s |
                | filtered by part number | %s | %s | %s |

                ```
                portal orders page p95: %.0f ms
                ```

                Target: p95 at most 50 ms. Command: `src/bench/portal-bench.sh`.

                """, ORDERS, intakeSeconds, MEASURED, WARMUP,
                Latencies.ms(firstPage.percentile(50)), Latencies.ms(firstPage.percentile(95)),
                Latencies.ms(firstPage.percentile(99)), Latencies.ms(olderPage.percentile(50)),
                Latencies.ms(olderPage.percentile(95)), Latencies.ms(olderPage.percentile(99)),
                Latencies.ms(bySku.percentile(50)), Latencies.ms(bySku.percentile(95)),
                Latencies.ms(bySku.percentile(99)), Math.ceil(firstPage.percentile(95)));
        PromiseBenchmarkTest.write(Path.of(System.getProperty("partnerhub.bench.report",
                "target/performance-portal.md")), "portal-bench", md);
    }

    private Latencies measure(HttpClient http, String cookie, String path) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            get(http, cookie, path);
        }
        Latencies l = new Latencies(MEASURED);
        for (int i = 0; i < MEASURED; i++) {
            long t = System.nanoTime();
            get(http, cookie, path);
            l.add(System.nanoTime() - t);
        }
        return l;
    }

    private String get(HttpClient http, String cookie, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.body().contains("id=\"orders\""), "the orders table is on " + path);
        return r.body();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
