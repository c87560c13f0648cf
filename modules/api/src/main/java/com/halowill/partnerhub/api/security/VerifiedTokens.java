package com.halowill.partnerhub.api.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API access tokens Quarkus OIDC has verified (signature, issuer, audience, expiry), kept by their exact text until
 * they expire and for at most five minutes, so that an ERP sending order after order with one token is not verified
 * again on every request. A token never seen, changed by one character or past its expiry goes to OIDC as before.
 */
@Singleton
public class VerifiedTokens {

    /** Longest a verified token is trusted without OIDC; a signing key Keycloak withdraws stops working by then. */
    static final long KEPT_SECONDS = 300;
    /** Most tokens kept; more and the store starts afresh. */
    private static final int MAX_KEPT = 10_000;
    private static final String EXPIRES = "quarkus.identity.expire-time";

    private final Map<String, Verified> kept = new ConcurrentHashMap<>();
    private final Clock clock;

    VerifiedTokens() {
        this(Clock.systemUTC());
    }

    VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    /** The identity an API request's bearer token was verified to, rebuilt for this request; null when not kept. */
    SecurityIdentity recall(String token, RoutingContext request, AuthenticationRequestContext context) {
        Verified verified = kept.get(token);
        if (verified == null) {
            return null;
        }
        long now = clock.millis() / 1000;
        if (now >= verified.expires() || now >= verified.keptUntil()) {
            kept.remove(token, verified);
            return null;
        }
        return QuarkusSecurityIdentity.builder(verified.identity())
                .addAttribute(RoutingContext.class.getName(), request)
                .addAttribute(AuthenticationRequestContext.class.getName(), context).build();
    }

    /** Keeps an identity OIDC made from an API request's bearer token, without the request it came with. */
    void keep(SecurityIdentity identity) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null || !(identity.getPrincipal() instanceof OidcJwtCallerPrincipal)
                || !(identity.getAttribute(EXPIRES) instanceof Long expires) || kept.containsKey(token.getToken())) {
            return;
        }
        // Everything OIDC and the augmentors gave it (roles, credentials, permissions, attributes), but not the
        // request it came with nor that request's security context, which each recall sets anew.
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder(identity);
        identity.getAttributes().forEach((name, value) -> {
            if (value instanceof RoutingContext || value instanceof AuthenticationRequestContext) {
                copy.addAttribute(name, null);
            }
        });
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(token.getToken(), new Verified(copy.build(), expires, clock.millis() / 1000 + KEPT_SECONDS));
    }

    /** Whether this request is one of the API's, the only ones whose tokens are kept. */
    static boolean isApi(RoutingContext request) {
        return request != null && request.normalizedPath().startsWith("/api/");
    }

    private record Verified(SecurityIdentity identity, long expires, long keptUntil) {
    }
}
