package com.halowill.partnerhub.inventory;

import java.util.List;

/**
 * Fired in the changing transaction when supply moves (a plan import or edit, a stock count): the version
 * and the pool families concerned. The promise engine checks its commitments are still covered.
 */
public record SupplyChanged(long version, String actor, List<String> families) {

    public SupplyChanged {
        families = List.copyOf(families);
    }
}
