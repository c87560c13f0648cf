package com.halowill.partnerhub.api;

/** The realm roles the API checks. */
final class Roles {

    static final String BUYER = "distributor-buyer";
    static final String ADMIN = "distributor-admin";
    static final String VIEWER = "distributor-viewer";

    private Roles() {
    }
}
