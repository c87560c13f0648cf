package com.halowill.partnerhub.portal.partner;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.portal.web.PortalUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;

/** The distributor the signed-in partner works for; the portal's pages show only its data. */
@RequestScoped
class SignedInDistributor {

    private final PortalUser user;
    private final Distributors distributors;

    SignedInDistributor(PortalUser user, Distributors distributors) {
        this.user = user;
        this.distributors = distributors;
    }

    /** The distributor, or 403 for a person who is not a distributor's. */
    Distributor get() {
        String code = user.distributor();
        if (code == null) {
            throw new ForbiddenException("The partner portal is for distributor accounts.");
        }
        return distributors.find(new DistributorCode(code))
                .orElseThrow(() -> new ForbiddenException("Unknown distributor " + code));
    }
}
