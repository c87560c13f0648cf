package com.halowill.partnerhub.inventory;

/** The three kinds of promisable supply: finished goods, a component's weekly supply, a line's weekly capacity. */
public enum PoolKind {
    STOCK, CHIPS, CAPACITY
}
