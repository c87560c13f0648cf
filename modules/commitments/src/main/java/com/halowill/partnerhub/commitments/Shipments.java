package com.halowill.partnerhub.commitments;

import java.util.List;
import java.util.Optional;

/**
 * Shipments against confirmed commitments: stock is issued, builds are marked shipped, the line's shipped
 * quantity and status follow (through {@link CommitmentsChanged}).
 */
public interface Shipments {

    /**
     * Records a shipment dated today. Units ship from a commitment's allocations in date order, and only
     * from supply that is there: finished goods, or builds of a week whose Friday has come.
     *
     * With a key already used, nothing is recorded and the shipment recorded with it is answered.
     *
     * @throws ShipmentRefused when a line is not confirmed or has fewer units ready (nothing is recorded)
     */
    Shipment record(ShipmentRequest request, String actor);

    List<Shipment> forReference(String reference);

    /** The shipped unit with this serial number, if one shipped (serials are kept upper case). */
    Optional<ShippedUnit> unit(String serial);
}
