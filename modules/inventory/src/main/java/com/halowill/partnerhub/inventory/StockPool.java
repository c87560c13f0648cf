package com.halowill.partnerhub.inventory;
import com.halowill.partnerhub.catalog.Sku;

/** Finished goods of one product in one warehouse, with what is held and confirmed against them. */
public record StockPool(Sku sku, String warehouse, int onHand, int held, int confirmed) {

    public int free() {
        return onHand - held - confirmed;
    }
}
