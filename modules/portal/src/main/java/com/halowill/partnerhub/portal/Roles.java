package com.halowill.partnerhub.portal;

/** The realm roles that open the portal's and the console's pages. */
final class Roles {

    static final String BUYER = "distributor-buyer";
    static final String ADMIN = "distributor-admin";
    static final String VIEWER = "distributor-viewer";
    static final String PLANNER = "ops-planner";
    static final String OPS_ADMIN = "ops-admin";

    private Roles() {
    }
}
