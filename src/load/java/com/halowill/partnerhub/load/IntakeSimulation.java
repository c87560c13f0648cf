package com.halowill.partnerhub.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Distributor ERPs posting five-line purchase orders, each virtual user one ERP connection sending order after
 * order: a phase per concurrency (1, 8, 32 by default), one after the other, each its own request name.
 * Every order has a new Idempotency-Key and PO number, five distinct active SKUs in their order multiples, and
 * requested dates 2 to 26 weeks out. Anything but 201 counts as failed. {@link Recorder} keeps every answer.
 */
public class IntakeSimulation extends Simulation {

    private static final String BASE = System.getProperty("load.baseUrl", "http://localhost:8090");
    private static final String REALM = System.getProperty("load.realmUrl",
            "http://localhost:8190/realms/partner-hub");
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("load.seconds", 30));
    private static final String PHASE_NAME = System.getProperty("load.phase", "warm");
    /** Seconds of orders at concurrency 4 before the phases, not reported: Gatling's own JVM warms up. */
    private static final Duration CLIENT_WARMUP = Duration.ofSeconds(Long.getLong("load.clientWarmupSeconds", 0));
    private static final int[] CONCURRENCY = Arrays.stream(System.getProperty("load.concurrency", "1,8,32")
            .split(",")).mapToInt(Integer::parseInt).toArray();

    private final List<ErpClient> clients = ErpClient.parse(System.getProperty("load.clients",
            "erp-nwos:NWOS-ASH,erp-casc:CASC-SEA,erp-prdc:PRDC-DSM,erp-mapl:MAPL-MTL"), REALM);
    private final List<Orderable> products = Orderable.active(BASE, clients.get(0).token());

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
            .contentTypeHeader("application/json").disableCaching();

    {
        List<PopulationBuilder> phases = new ArrayList<>();
        if (!CLIENT_WARMUP.isZero()) {
            String name = PHASE_NAME + " client warm-up";
            phases.add(scenario(name).during(CLIENT_WARMUP).on(order(name)).injectOpen(atOnceUsers(4)));
        }
        for (int c : CONCURRENCY) {
            String name = PHASE_NAME + " c=" + c;
            phases.add(scenario(name).during(PHASE).on(order(name)).injectOpen(atOnceUsers(c)));
        }
        PopulationBuilder first = phases.get(0);
        for (int i = 1; i < phases.size(); i++) {
            first = chain(first, phases.get(i));
        }
        setUp(first).protocols(protocol);
    }

    private static PopulationBuilder chain(PopulationBuilder head, PopulationBuilder next) {
        return head.andThen(next);
    }

    private ChainBuilder order(String requestName) {
        return exec(session -> {
            ErpClient client = clients.get((int) (session.userId() % clients.size()));
            String key = "load-" + UUID.randomUUID();
            return session.set("token", client.token()).set("key", key)
                    .set("body", body(key.substring(5, 25), client.shipTo()));
        }).exec(http(requestName).post("/api/v1/purchase-orders")
                .header("Authorization", "Bearer #{token}")
                .header("Idempotency-Key", "#{key}")
                .body(StringBody("#{body}"))
                .check(status().saveAs("status"), responseTimeInMillis().saveAs("millis"), status().is(201)))
                .exec(session -> {
                    Recorder.add(requestName, session.contains("millis") ? session.getInt("millis") : 0,
                            session.contains("status") && session.getInt("status") == 201);
                    return session.remove("status").remove("millis").markAsSucceeded();
                });
    }

    @Override
    public void after() {
        Recorder.write(java.nio.file.Path.of(System.getProperty("load.summary", "target/load-summary.properties")));
    }

    private String body(String poNumber, String shipTo) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<Orderable> pick = new ArrayList<>(products);
        StringBuilder lines = new StringBuilder();
        LocalDate today = LocalDate.now();
        for (int n = 1; n <= 5; n++) {
            Orderable p = pick.remove(random.nextInt(pick.size()));
            int quantity = p.quantity(random.nextInt(1, 6));
            if (n > 1) {
                lines.append(',');
            }
            lines.append("{\"lineNumber\":").append(n).append(",\"sku\":\"").append(p.sku())
                    .append("\",\"quantity\":").append(quantity).append(",\"requestedDate\":\"")
                    .append(today.plusWeeks(random.nextInt(2, 27))).append("\"}");
        }
        return "{\"poNumber\":\"LOAD-" + poNumber + "\",\"shipTo\":\"" + shipTo
                + "\",\"currency\":\"USD\",\"lines\":[" + lines + "]}";
    }
}
