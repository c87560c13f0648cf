package com.halowill.partnerhub.api.security;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.RecoveryStrategy;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A token bucket per API client (the token's authorized party and subject), kept in PostgreSQL by Bucket4j so
 * that every app instance draws on the same bucket. Over the limit: 429 with Retry-After, as a problem.
 */
@Singleton
public class RateLimit {

    /** Most buckets kept in memory; more (many people signing in) and the map starts afresh. */
    private static final int MAX_LOCAL = 10_000;

    private final ProxyManager<String> buckets;
    private final long perMinute;
    private final Map<String, Long> clients;
    private final Map<String, BucketProxy> local = new ConcurrentHashMap<>();

    RateLimit(AgroalDataSource dataSource, RateLimitConfig config) {
        this.perMinute = config.perMinute();
        this.clients = config.clients();
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING).table("api.rate_bucket").idColumn("id")
                .stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(10)))
                .build();
    }

    /**
     * One request of a client (its authorized party) and subject; over the limit, {@link RateLimited}. The bucket
     * is updated in a transaction of its own, outside the request's, so a request that fails still counts.
     */
    void consume(String client, String subject) {
        take(client, subject, 1);
    }

    /**
     * {@code units} more of the signed-in client's allowance, beyond the one its request took (an X12 interchange
     * counts each purchase order it carries); over the limit, {@link RateLimited} and none is taken.
     */
    public void charge(SecurityIdentity identity, long units) {
        if (units > 0 && identity.getPrincipal() instanceof JsonWebToken jwt) {
            take(String.valueOf(Caller.claim(jwt, "azp")), jwt.getSubject(), units);
        }
    }

    /**
     * One cXML document from a Sender credential, taken before its shared secret is checked, so that guessing a
     * secret is as slow as the limit; the client is {@code cxml-<domain>} (its own limit configurable like any).
     */
    public void chargeCxmlSender(String domain, String identity) {
        take("cxml-" + domain, String.valueOf(identity), 1);
    }

    private void take(String client, String subject, long units) {
        long allowed = clients.getOrDefault(client, perMinute);
        String key = client + "|" + subject;
        ConsumptionProbe probe;
        try {
            probe = QuarkusTransaction.suspendingExisting().call(() -> bucket(key, allowed)
                    .tryConsumeAndReturnRemaining(units));
        } catch (RuntimeException e) {
            // A locally drawn bucket whose shared state went missing (the database restarted, the row expired):
            // forget it and take this request with one unbatched call, which makes the row again (Bucket4j does not
            // when a batch of concurrent requests finds it missing); a database still away fails again (503).
            local.remove(key + "|" + allowed);
            probe = QuarkusTransaction.suspendingExisting().call(() -> buckets.builder()
                    .withRecoveryStrategy(RecoveryStrategy.RECONSTRUCT).build(key, () -> configuration(allowed))
                    .tryConsumeAndReturnRemaining(units));
        }
        if (!probe.isConsumed()) {
            throw new RateLimited(allowed, Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L)
                    / 1_000_000_000L));
        }
    }

    /**
     * The client's bucket. A limit of 100 a minute or more is consumed locally and written to PostgreSQL every 5 % of
     * the limit or every 250 ms (Bucket4j's delaying optimization), so most requests cost no database round trip;
     * across N instances a client can overshoot by at most N x 5 %. Smaller limits are checked in PostgreSQL on
     * every request, exactly.
     */
    private BucketProxy bucket(String key, long allowed) {
        if (local.size() > MAX_LOCAL) {
            local.clear();
        }
        return local.computeIfAbsent(key + "|" + allowed, k -> {
            var builder = buckets.builder().withRecoveryStrategy(RecoveryStrategy.RECONSTRUCT);
            long slack = allowed / 20;
            if (slack >= 5) {
                builder = builder.withOptimization(Optimizations.delaying(new DelayParameters(slack,
                        Duration.ofMillis(250))));
            }
            return builder.build(key, () -> configuration(allowed));
        });
    }

    private static BucketConfiguration configuration(long allowed) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(allowed).refillGreedy(allowed, Duration.ofMinutes(1))).build();
    }

    /** A client over its limit: how many requests a minute it may make and when to try again. */
    public static class RateLimited extends RuntimeException {

        public final long perMinute;
        public final long retryAfterSeconds;

        RateLimited(long perMinute, long retryAfterSeconds) {
            super("This client may make " + perMinute + " requests a minute; try again in " + retryAfterSeconds + " s.");
            this.perMinute = perMinute;
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }
}
