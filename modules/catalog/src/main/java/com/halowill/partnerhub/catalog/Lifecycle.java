package com.halowill.partnerhub.catalog;

/** Where a product stands in its life: orderable or not, and whether a successor should be offered. */
public enum Lifecycle {
    PREVIEW, ACTIVE, NRND, EOL
}
