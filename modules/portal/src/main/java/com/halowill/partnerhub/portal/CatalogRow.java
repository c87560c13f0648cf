package com.halowill.partnerhub.portal;

import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.inventory.AtpBucket;
import com.halowill.partnerhub.inventory.SupplyKind;
import java.time.LocalDate;
import java.util.List;

/** A product as the catalog page shows it: the caller's price and what is available when. */
public record CatalogRow(Product product, Money price, int inStock, int nextQuantity, LocalDate nextDate,
        int horizonTotal) {

    static CatalogRow of(Product product, Money price, List<AtpBucket> buckets) {
        int stock = buckets.stream().filter(b -> b.kind() == SupplyKind.STOCK).mapToInt(AtpBucket::available).sum();
        AtpBucket next = buckets.stream().filter(b -> b.kind() == SupplyKind.OUTPUT && b.available() > 0)
                .findFirst().orElse(null);
        int total = buckets.stream().mapToInt(AtpBucket::available).sum();
        return new CatalogRow(product, price, stock, next == null ? 0 : next.available(),
                next == null ? null : next.readyDate(), total);
    }
}
