package com.halowill.partnerhub.inventory;

/** Moves a quantity of one pool from one holding to another (hold, confirm, release, ship). */
public record PoolMove(PoolRef pool, int quantity, Holding from, Holding to) {

    public PoolMove {
        if (quantity <= 0 || from == to) {
            throw new IllegalArgumentException("a move needs a positive quantity and two holdings: " + quantity);
        }
    }
}
