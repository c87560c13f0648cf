package com.halowill.partnerhub.orders;

/** A distributor's delivery address, and the hub that usually serves it. */
public record ShipTo(String code, String distributor, String name, String line1, String city, String region,
        String postalCode, String country, String defaultWarehouse) {
}
