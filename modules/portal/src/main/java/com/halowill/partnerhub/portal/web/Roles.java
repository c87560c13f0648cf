package com.halowill.partnerhub.portal.web;

/** The realm roles that open the portal's and the console's pages. */
public final class Roles {

    public static final String BUYER = "distributor-buyer";
    public static final String ADMIN = "distributor-admin";
    public static final String VIEWER = "distributor-viewer";
    public static final String PLANNER = "ops-planner";
    public static final String OPS_ADMIN = "ops-admin";

    private Roles() {
    }
}
