package com.halowill.partnerhub.api.security;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the distributor named by the token's {@code distributor} claim, and the principal. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final RateLimit rateLimit;
    private boolean counted;

    Caller(SecurityIdentity identity, RateLimit rateLimit) {
        this.identity = identity;
        this.rateLimit = rateLimit;
    }

    /**
     * The caller's distributor code; a token without one may not use distributor endpoints. The first call of a
     * request counts it against the client's rate limit.
     */
    public String distributor() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            if (!counted) {
                counted = true;
                rateLimit.consume(String.valueOf(claim(jwt, "azp")), jwt.getSubject());
            }
            Object claim = claim(jwt, "distributor");
            if (claim != null && !claim.toString().isBlank()) {
                return claim.toString();
            }
        }
        throw new ForbiddenException("The access token carries no distributor claim.");
    }

    /**
     * A custom claim: read from the token's claims where Quarkus OIDC made the principal, since
     * {@link JsonWebToken#getClaim} first looks the name up among the standard claims and throws and catches for
     * every other name.
     */
    private static Object claim(JsonWebToken jwt, String name) {
        if (jwt instanceof OidcJwtCallerPrincipal oidc) {
            return oidc.getClaims().getClaimValue(name);
        }
        return jwt.getClaim(name);
    }

    public String name() {
        return identity.getPrincipal().getName();
    }
}
