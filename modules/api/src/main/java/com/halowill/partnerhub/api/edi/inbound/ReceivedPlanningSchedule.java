package com.halowill.partnerhub.api.edi.inbound;

import java.util.List;

/** A syntactically valid 830 as received, raw strings, with the positions needed to report errors on it. */
public record ReceivedPlanningSchedule(
        String reference,         // BFR02, else BFR03 (release number), may be null
        String quantityQualifier, // BFR05: A discrete quantities, C cumulative
        String horizonStart,      // BFR06 (CCYYMMDD)
        String horizonEnd,        // BFR07, may be null
        int bfrPosition,          // BFR position from ST = 1
        List<Item> items) {

    public ReceivedPlanningSchedule {
        items = List.copyOf(items);
    }

    /** One LIN loop: the product (its VP id and where it is) and its FST forecasts. */
    public record Item(int linPosition, String sku, int skuElementPosition, List<Forecast> forecasts) {

        public Item {
            forecasts = List.copyOf(forecasts);
        }
    }

    /** One FST: quantity, firm (C) or planning (D), timing (D, W, M, F, ...), its date(s) and position. */
    public record Forecast(int position, String quantity, String qualifier, String timing, String date,
            String endDate) {
    }
}
