package com.halowill.partnerhub.orders;

import com.halowill.partnerhub.catalog.DistributorCode;
import java.util.List;
import java.util.Optional;

/** Distributors and their ship-to addresses. */
public interface Distributors {

    List<Distributor> all();

    Optional<Distributor> find(DistributorCode code);

    List<ShipTo> shipTos(DistributorCode distributor);

    void save(Distributor distributor);

    void saveShipTo(ShipTo shipTo);

    /**
     * Adds a ship-to of its distributor, or updates one the distributor already has under that code; false (and
     * nothing changes) when the code is another distributor's.
     */
    boolean saveOwnShipTo(ShipTo shipTo);
}
