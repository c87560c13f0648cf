package com.halowill.partnerhub.api.security;

/** The realm roles the API checks. */
public final class Roles {

    public static final String BUYER = "distributor-buyer";
    public static final String ADMIN = "distributor-admin";
    public static final String VIEWER = "distributor-viewer";

    private Roles() {
    }
}
