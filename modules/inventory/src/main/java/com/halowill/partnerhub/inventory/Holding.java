package com.halowill.partnerhub.inventory;

/** Where a unit of a pool stands: free, held by a proposal, confirmed to a partner, or shipped. */
public enum Holding {
    FREE, HELD, CONFIRMED, SHIPPED
}
