package com.halowill.partnerhub.api.catalog;

import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Product;
import java.time.LocalDate;

/** A catalog product with the caller's price. */
public record ProductBody(String sku, String name, int dataRate, String formFactor, String opticalInterface,
        int reachMeters, String media, String connector, String centerWavelengthNm, int lanes, int laneRateGbps,
        String laser, String dsp, String maxPowerWatts, String lifecycle, LocalDate lastTimeBuy, String successor,
        String listPrice, String unitPrice, String currency, int moq, int orderMultiple, int leadTimeWeeks) {

    static ProductBody of(Product p, Money price) {
        return new ProductBody(p.sku().value(), p.name(), p.dataRateGbps(), p.formFactor(), p.opticalInterface(),
                p.reachMeters(), p.media(), p.connector(), p.centerWavelengthNm(), p.lanes(), p.laneRateGbps(),
                p.laser(), p.dsp(), p.maxPowerWatts().toPlainString(), p.lifecycle().name(), p.lastTimeBuy(),
                p.successorSku(), p.listPrice().plain(), price.plain(), price.currency(), p.moq(),
                p.orderMultiple(), p.standardLeadTimeWeeks());
    }
}
