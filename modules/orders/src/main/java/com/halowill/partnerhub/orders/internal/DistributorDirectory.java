package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.ShipTo;
import com.halowill.partnerhub.platform.ReferenceSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Distributors and ship-tos in the {@code orders} schema, read once per revision of them. */
@ApplicationScoped
class DistributorDirectory implements Distributors {

    private static final String DISTRIBUTOR = """
            select code, name, tier, country, currency, payment_terms, incoterm, credit_limit, erp_client_id
            from orders.distributor""";
    private static final String SHIP_TO = """
            select code, distributor, name, line1, city, region, postal_code, country, default_warehouse
            from orders.ship_to order by distributor, code""";

    /** Every distributor by code (in code order) and each one's ship-tos. */
    private record Directory(Map<String, Distributor> distributors, Map<String, List<ShipTo>> shipTos) {
    }

    private final EntityManager em;
    private final ReferenceSnapshot<Directory> directory;

    DistributorDirectory(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.directory = new ReferenceSnapshot<>(em, transactions, "orders", this::read);
    }

    @Override
    public List<Distributor> all() {
        return List.copyOf(directory.get().distributors().values());
    }

    @Override
    public Optional<Distributor> find(DistributorCode code) {
        return Optional.ofNullable(directory.get().distributors().get(code.value()));
    }

    @Override
    public List<ShipTo> shipTos(DistributorCode distributor) {
        return directory.get().shipTos().getOrDefault(distributor.value(), List.of());
    }

    @SuppressWarnings("unchecked")
    private Directory read() {
        Map<String, Distributor> distributors = new LinkedHashMap<>();
        distributors(em.createNativeQuery(DISTRIBUTOR + " order by code").getResultList())
                .forEach(d -> distributors.put(d.code(), d));
        List<Object[]> rows = em.createNativeQuery(SHIP_TO).getResultList();
        Map<String, List<ShipTo>> shipTos = rows.stream().map(r -> new ShipTo((String) r[0],
                new DistributorCode((String) r[1]),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                (String) r[8])).collect(Collectors.groupingBy(s -> s.distributor().value(),
                Collectors.toUnmodifiableList()));
        return new Directory(Collections.unmodifiableMap(distributors), Map.copyOf(shipTos));
    }

    @Override
    @Transactional
    public void save(Distributor d) {
        em.createNativeQuery("""
                insert into orders.distributor
                (code, name, tier, country, currency, payment_terms, incoterm, credit_limit, erp_client_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                on conflict (code) do update set name = excluded.name, tier = excluded.tier,
                country = excluded.country, currency = excluded.currency, payment_terms = excluded.payment_terms,
                incoterm = excluded.incoterm, credit_limit = excluded.credit_limit,
                erp_client_id = excluded.erp_client_id""")
                .setParameter(1, d.code()).setParameter(2, d.name()).setParameter(3, d.tier())
                .setParameter(4, d.country()).setParameter(5, d.currency()).setParameter(6, d.paymentTerms())
                .setParameter(7, d.incoterm()).setParameter(8, d.creditLimit()).setParameter(9, d.erpClientId())
                .executeUpdate();
        directory.changed();
    }

    @Override
    @Transactional
    public boolean saveOwnShipTo(ShipTo s) {
        int written = em.createNativeQuery("""
                insert into orders.ship_to
                (code, distributor, name, line1, city, region, postal_code, country, default_warehouse)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                on conflict (code) do update set name = excluded.name, line1 = excluded.line1, city = excluded.city,
                region = excluded.region, postal_code = excluded.postal_code, country = excluded.country,
                default_warehouse = excluded.default_warehouse
                where orders.ship_to.distributor = excluded.distributor""")
                .setParameter(1, s.code()).setParameter(2, s.distributor().value()).setParameter(3, s.name())
                .setParameter(4, s.line1()).setParameter(5, s.city()).setParameter(6, s.region())
                .setParameter(7, s.postalCode()).setParameter(8, s.country()).setParameter(9, s.defaultWarehouse())
                .executeUpdate();
        if (written > 0) {
            directory.changed();
        }
        return written > 0;
    }

    @Override
    @Transactional
    public void saveShipTo(ShipTo s) {
        em.createNativeQuery("""
                insert into orders.ship_to
                (code, distributor, name, line1, city, region, postal_code, country, default_warehouse)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                on conflict (code) do update set distributor = excluded.distributor, name = excluded.name,
                line1 = excluded.line1, city = excluded.city, region = excluded.region,
                postal_code = excluded.postal_code, country = excluded.country,
                default_warehouse = excluded.default_warehouse""")
                .setParameter(1, s.code()).setParameter(2, s.distributor().value()).setParameter(3, s.name())
                .setParameter(4, s.line1()).setParameter(5, s.city()).setParameter(6, s.region())
                .setParameter(7, s.postalCode()).setParameter(8, s.country()).setParameter(9, s.defaultWarehouse())
                .executeUpdate();
        directory.changed();
    }

    @SuppressWarnings("unchecked")
    private static List<Distributor> distributors(List<?> result) {
        return ((List<Object[]>) result).stream().map(r -> new Distributor((String) r[0], (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (BigDecimal) r[7],
                (String) r[8])).toList();
    }
}
