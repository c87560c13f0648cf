package com.halowill.partnerhub.catalog;

import java.math.BigDecimal;

/** Maintains the catalog: products, components, bill of materials and prices (ops admin, demo data). */
public interface CatalogAdministration {

    void saveProduct(Product product);

    void saveComponent(Component component);

    void saveBomLine(BomLine line);

    void saveTierDiscount(String tier, BigDecimal percent);

    void saveContractPrice(ContractPrice price);
}
