package com.halowill.partnerhub.inventory;

/** Finished goods of one product in one warehouse, with what is held and confirmed against them. */
public record StockPool(String sku, String warehouse, int onHand, int held, int confirmed) {

    public int free() {
        return onHand - held - confirmed;
    }
}
