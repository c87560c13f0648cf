package com.halowill.partnerhub.api.security;

import com.halowill.partnerhub.catalog.DistributorCode;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the distributor named by the token's {@code distributor} claim, and the principal. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's distributor code; a token without one may not use distributor endpoints. */
    public String distributor() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = claim(jwt, "distributor");
            if (claim != null && !claim.toString().isBlank()) {
                return claim.toString();
            }
        }
        throw new ForbiddenException("The access token carries no distributor claim.");
    }

    /** The caller's distributor, typed as other modules are asked about it (403 as {@link #distributor()}). */
    public DistributorCode company() {
        return new DistributorCode(distributor());
    }

    /**
     * A custom claim: read from the token's claims where Quarkus OIDC made the principal, since
     * {@link JsonWebToken#getClaim} first looks the name up among the standard claims and throws and catches for
     * every other name.
     */
    static Object claim(JsonWebToken jwt, String name) {
        if (jwt instanceof OidcJwtCallerPrincipal oidc) {
            return oidc.getClaims().getClaimValue(name);
        }
        return jwt.getClaim(name);
    }

    public String name() {
        return identity.getPrincipal().getName();
    }
}
