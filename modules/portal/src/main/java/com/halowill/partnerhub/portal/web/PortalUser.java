package com.halowill.partnerhub.portal.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in person: name, roles and, for partners, their distributor (from the ID token). */
@RequestScoped
public class PortalUser {

    private final SecurityIdentity identity;

    PortalUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("name") != null) {
            return jwt.getClaim("name").toString();
        }
        return identity.getPrincipal().getName();
    }

    /** The distributor code, or null for HaloWill staff. */
    public String distributor() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("distributor") != null) {
            return jwt.getClaim("distributor").toString();
        }
        return null;
    }

    public boolean canOrder() {
        return identity.hasRole("distributor-buyer") || identity.hasRole("distributor-admin");
    }

    /** A distributor's admin, who also keeps the company's addresses and webhooks. */
    public boolean isCompanyAdmin() {
        return identity.hasRole("distributor-admin");
    }

    /** HaloWill operations staff, who use the ops console. */
    public boolean isOps() {
        return identity.hasRole("ops-planner") || identity.hasRole("ops-admin");
    }

    /** HaloWill's ops admins, who also keep products, prices and distributors. */
    public boolean isOpsAdmin() {
        return identity.hasRole("ops-admin");
    }

    /** A distributor's person, who uses the partner portal. */
    public boolean isPartner() {
        return distributor() != null && (canOrder() || identity.hasRole("distributor-viewer"));
    }

    /** The address the identity provider has for the person, or null. */
    public String email() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("email") != null) {
            return jwt.getClaim("email").toString();
        }
        return null;
    }

    public String username() {
        return identity.getPrincipal().getName();
    }
}
