package com.halowill.partnerhub.orders;

import java.util.List;
import java.util.Optional;

/** Distributors and their ship-to addresses. */
public interface Distributors {

    List<Distributor> all();

    Optional<Distributor> find(String code);

    List<ShipTo> shipTos(String distributor);

    void save(Distributor distributor);

    void saveShipTo(ShipTo shipTo);

    /**
     * Adds a ship-to of its distributor, or updates one the distributor already has under that code; false (and
     * nothing changes) when the code is another distributor's.
     */
    boolean saveOwnShipTo(ShipTo shipTo);
}
