package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.ShipTo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Distributors and ship-tos in the {@code orders} schema. */
@ApplicationScoped
class DistributorDirectory implements Distributors {

    private static final String DISTRIBUTOR = """
            select code, name, tier, country, currency, payment_terms, incoterm, credit_limit, erp_client_id
            from orders.distributor""";
    private static final String SHIP_TO = """
            select code, distributor, name, line1, city, region, postal_code, country, default_warehouse
            from orders.ship_to where distributor = ?1 order by code""";

    private final EntityManager em;

    DistributorDirectory(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Distributor> all() {
        return distributors(em.createNativeQuery(DISTRIBUTOR + " order by code").getResultList());
    }

    @Override
    public Optional<Distributor> find(String code) {
        return distributors(em.createNativeQuery(DISTRIBUTOR + " where code = ?1").setParameter(1, code)
                .getResultList()).stream().findFirst();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ShipTo> shipTos(String distributor) {
        List<Object[]> rows = em.createNativeQuery(SHIP_TO).setParameter(1, distributor).getResultList();
        return rows.stream().map(r -> new ShipTo((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8])).toList();
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
                .setParameter(1, s.code()).setParameter(2, s.distributor()).setParameter(3, s.name())
                .setParameter(4, s.line1()).setParameter(5, s.city()).setParameter(6, s.region())
                .setParameter(7, s.postalCode()).setParameter(8, s.country()).setParameter(9, s.defaultWarehouse())
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<Distributor> distributors(List<?> result) {
        return ((List<Object[]>) result).stream().map(r -> new Distributor((String) r[0], (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (BigDecimal) r[7],
                (String) r[8])).toList();
    }
}
