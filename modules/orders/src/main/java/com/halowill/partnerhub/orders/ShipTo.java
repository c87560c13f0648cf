package com.halowill.partnerhub.orders;
import com.halowill.partnerhub.catalog.DistributorCode;

/** A distributor's delivery address, and the hub that usually serves it. */
public record ShipTo(String code, DistributorCode distributor, String name, String line1, String city, String region,
        String postalCode, String country, String defaultWarehouse) {
}
