package com.halowill.partnerhub.inventory;

/** A place finished goods ship from: the factory's finished-goods store or a regional hub. */
public record Warehouse(String code, String name, String country, String role, int transitDays) {
}
