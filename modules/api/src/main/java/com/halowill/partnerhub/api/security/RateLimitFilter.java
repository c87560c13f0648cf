package com.halowill.partnerhub.api.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Counts every request an API client makes under {@code /api/} against its rate limit (the token's authorized party
 * and subject), before the resource runs, whatever the resource then does: a request for a product that does not
 * exist counts as much as an order. Over the limit the request ends in 429 ({@link RateLimit.RateLimited}).
 */
class RateLimitFilter {

    private final SecurityIdentity identity;
    private final RateLimit rateLimit;

    RateLimitFilter(SecurityIdentity identity, RateLimit rateLimit) {
        this.identity = identity;
        this.rateLimit = rateLimit;
    }

    @ServerRequestFilter
    void count(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        rateLimit.consume(String.valueOf(Caller.claim(jwt, "azp")), jwt.getSubject());
    }
}
