package com.halowill.partnerhub.catalog.internal;
import com.halowill.partnerhub.catalog.Lifecycle;
import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.Sku;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A product row in the catalog schema. */
@Entity
@Table(schema = "catalog", name = "product")
public class ProductEntity extends PanacheEntityBase {

    @Id
    public String sku;
    public String name;
    @Column(name = "data_rate_gbps")
    public int dataRateGbps;
    @Column(name = "form_factor")
    public String formFactor;
    @Column(name = "optical_interface")
    public String opticalInterface;
    @Column(name = "reach_m")
    public int reachMeters;
    public String media;
    public String connector;
    @Column(name = "center_wavelength_nm")
    public String centerWavelengthNm;
    public int lanes;
    @Column(name = "lane_rate_gbps")
    public int laneRateGbps;
    public String laser;
    public String dsp;
    @Column(name = "max_power_w")
    public BigDecimal maxPowerWatts;
    @Enumerated(EnumType.STRING)
    public Lifecycle lifecycle;
    @Column(name = "last_time_buy")
    public LocalDate lastTimeBuy;
    @Column(name = "successor_sku")
    public String successorSku;
    @Column(name = "list_price")
    public BigDecimal listPrice;
    public String currency;
    public int moq;
    @Column(name = "order_multiple")
    public int orderMultiple;
    @Column(name = "standard_lead_time_weeks")
    public int standardLeadTimeWeeks;

    Product toProduct() {
        return new Product(new Sku(sku), name, dataRateGbps, formFactor, opticalInterface, reachMeters, media,
                connector, centerWavelengthNm, lanes, laneRateGbps, laser, dsp, maxPowerWatts, lifecycle, lastTimeBuy,
                successorSku, new Money(listPrice, currency), moq, orderMultiple, standardLeadTimeWeeks);
    }

    void copy(Product p) {
        sku = p.sku().value();
        name = p.name();
        dataRateGbps = p.dataRateGbps();
        formFactor = p.formFactor();
        opticalInterface = p.opticalInterface();
        reachMeters = p.reachMeters();
        media = p.media();
        connector = p.connector();
        centerWavelengthNm = p.centerWavelengthNm();
        lanes = p.lanes();
        laneRateGbps = p.laneRateGbps();
        laser = p.laser();
        dsp = p.dsp();
        maxPowerWatts = p.maxPowerWatts();
        lifecycle = p.lifecycle();
        lastTimeBuy = p.lastTimeBuy();
        successorSku = p.successorSku();
        listPrice = p.listPrice().amount();
        currency = p.listPrice().currency();
        moq = p.moq();
        orderMultiple = p.orderMultiple();
        standardLeadTimeWeeks = p.standardLeadTimeWeeks();
    }
}
