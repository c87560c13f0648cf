package com.halowill.partnerhub.orders;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;

import java.time.Instant;

/** The largest quantity of a product a distributor orders on one line without ops looking at it first. */
public record ReviewThreshold(DistributorCode distributor, Sku sku, int maxUnits, String setBy, Instant setAt) {
}
