package com.halowill.partnerhub.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A transceiver HaloWill sells, with its optical attributes and ordering rules. */
public record Product(
        Sku sku,
        String name,
        int dataRateGbps,
        String formFactor,
        String opticalInterface,
        int reachMeters,
        String media,
        String connector,
        String centerWavelengthNm,
        int lanes,
        int laneRateGbps,
        String laser,
        String dsp,
        BigDecimal maxPowerWatts,
        Lifecycle lifecycle,
        LocalDate lastTimeBuy,
        String successorSku,
        Money listPrice,
        int moq,
        int orderMultiple,
        int standardLeadTimeWeeks) {

    /** Whether a distributor may still order it on the given day (EOL only until its last-time-buy date). */
    public boolean orderableOn(LocalDate day) {
        if (lifecycle != Lifecycle.EOL) {
            return true;
        }
        return lastTimeBuy != null && !day.isAfter(lastTimeBuy);
    }
}
