package com.halowill.partnerhub.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Maintains the catalog: products, components, bill of materials and prices (ops admin, demo data). */
public interface CatalogAdministration {

    void saveProduct(Product product);

    void saveComponent(Component component);

    void saveBomLine(BomLine line);

    void saveTierDiscount(String tier, BigDecimal percent);

    void saveContractPrice(ContractPrice price);

    /** Each distributor tier's discount off list price, in percent, by tier. */
    Map<String, BigDecimal> tierDiscounts();

    /** Every contract price, by distributor, product and validity. */
    List<ContractPrice> contractPrices();
}
