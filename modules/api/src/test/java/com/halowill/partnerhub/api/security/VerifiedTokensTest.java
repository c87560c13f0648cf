package com.halowill.partnerhub.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** How long an API token verified once is trusted without OIDC, and what of its first request is not kept. */
class VerifiedTokensTest {

    private static final long T = 1_800_000_000L;
    private final MovingClock clock = new MovingClock(T);
    private final VerifiedTokens tokens = new VerifiedTokens(clock);

    @Test
    void a_kept_token_is_recalled_until_it_expires_and_then_goes_to_oidc_again() throws Exception {
        tokens.keep(identity("token-a", T + 60, request()));
        clock.at(T + 59);
        SecurityIdentity recalled = tokens.recall("token-a", request(), null);
        assertNotNull(recalled);
        assertEquals("erp-nwos", recalled.getPrincipal().getName());
        assertEquals(Set.of("erp"), recalled.getRoles());
        assertTrue(recalled.checkPermission(new StringPermission("orders", "write")).await().indefinitely());
        clock.at(T + 60);
        assertNull(tokens.recall("token-a", request(), null));
        clock.at(T + 10);
        assertNull(tokens.recall("token-a", request(), null), "an expired token is forgotten, not kept for later");
    }

    @Test
    void a_token_valid_for_hours_is_trusted_without_oidc_for_five_minutes_at_most() throws Exception {
        tokens.keep(identity("token-b", T + 3 * 3600, request()));
        clock.at(T + VerifiedTokens.KEPT_SECONDS - 1);
        assertNotNull(tokens.recall("token-b", request(), null));
        clock.at(T + VerifiedTokens.KEPT_SECONDS);
        assertNull(tokens.recall("token-b", request(), null));
    }

    @Test
    void only_the_exact_token_is_recalled() throws Exception {
        tokens.keep(identity("header.claims.signature", T + 60, request()));
        assertNull(tokens.recall("header.claims.signaturf", request(), null));
        assertNull(tokens.recall("header.claims.signatur", request(), null));
        assertNotNull(tokens.recall("header.claims.signature", request(), null));
    }

    @Test
    void a_recalled_identity_carries_its_own_request_not_the_one_the_token_was_verified_with() throws Exception {
        RoutingContext first = request();
        tokens.keep(identity("token-c", T + 60, first));
        RoutingContext second = request();
        SecurityIdentity recalled = tokens.recall("token-c", second, null);
        assertSame(second, recalled.getAttribute(RoutingContext.class.getName()));
    }

    @Test
    void an_identity_without_a_token_expiry_is_not_kept() throws Exception {
        SecurityIdentity noExpiry = QuarkusSecurityIdentity.builder().setPrincipal(principal("token-d"))
                .addCredential(new AccessTokenCredential("token-d")).build();
        tokens.keep(noExpiry);
        assertNull(tokens.recall("token-d", request(), null));
    }

    private static SecurityIdentity identity(String token, long expires, RoutingContext request) throws Exception {
        return QuarkusSecurityIdentity.builder().setPrincipal(principal(token)).addRole("erp")
                .addPermissionAsString("orders:write").addCredential(new AccessTokenCredential(token))
                .addAttribute("quarkus.identity.expire-time", expires)
                .addAttribute(RoutingContext.class.getName(), request).build();
    }

    private static OidcJwtCallerPrincipal principal(String token) throws Exception {
        JwtClaims claims = JwtClaims.parse("{\"sub\":\"erp-nwos\",\"preferred_username\":\"erp-nwos\"}");
        return new OidcJwtCallerPrincipal(claims, new AccessTokenCredential(token), "sub");
    }

    /** A request object of its own identity; nothing is asked of it. */
    private static RoutingContext request() {
        return (RoutingContext) Proxy.newProxyInstance(RoutingContext.class.getClassLoader(),
                new Class<?>[] {RoutingContext.class}, (proxy, method, args) -> method.getName().equals("equals")
                        ? proxy == args[0] : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : null);
    }

    private static final class MovingClock extends Clock {

        private long seconds;

        MovingClock(long seconds) {
            this.seconds = seconds;
        }

        void at(long seconds) {
            this.seconds = seconds;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(seconds);
        }
    }
}
