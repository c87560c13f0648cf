package com.halowill.partnerhub.commitments.internal.recommit;

import com.halowill.partnerhub.commitments.ReCommitCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The re-commit cases table: at most one open case, which later supply changes add their reason to. */
@ApplicationScoped
public class ReCommitCases {

    private static final String SELECT = """
            select id, opened_at, opened_by, reason, status, closed_at, closed_by, outcome
            from commitments.recommit_case""";

    private final EntityManager em;
    private final Clock clock;

    public ReCommitCases(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public void open(String actor, String reason) {
        int updated = em.createNativeQuery("""
                update commitments.recommit_case set reason = left(reason || '; ' || ?1, 500) where status = 'OPEN'""")
                .setParameter(1, reason).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("""
                    insert into commitments.recommit_case (opened_at, opened_by, reason, status)
                    values (?1, ?2, ?3, 'OPEN') on conflict do nothing""")
                    .setParameter(1, Timestamp.from(Instant.now(clock))).setParameter(2, actor)
                    .setParameter(3, reason).executeUpdate();
        }
    }

    public Optional<ReCommitCase> current() {
        return list(SELECT + " where status = 'OPEN'", 1).stream().findFirst();
    }

    /** The open case, locked until the transaction ends (two planners cannot apply it twice). */
    public Optional<ReCommitCase> lock() {
        return list(SELECT + " where status = 'OPEN' for update", 1).stream().findFirst();
    }

    public List<ReCommitCase> list(int limit) {
        return list(SELECT + " order by id desc", limit);
    }

    public ReCommitCase close(long id, String actor, String outcome) {
        em.createNativeQuery("""
                update commitments.recommit_case set status = 'APPLIED', closed_at = ?1, closed_by = ?2, outcome = ?3
                where id = ?4""").setParameter(1, Timestamp.from(Instant.now(clock))).setParameter(2, actor)
                .setParameter(3, outcome.length() > 1000 ? outcome.substring(0, 1000) : outcome).setParameter(4, id)
                .executeUpdate();
        return list(SELECT + " where id = " + id, 1).get(0);
    }

    /** The products with open commitments that have units without a date. */
    @SuppressWarnings("unchecked")
    public List<String> backorderedSkus() {
        return em.createNativeQuery("""
                select distinct sku from commitments.commitment where backordered > 0
                and state in ('PROPOSED', 'CONFIRMED')""").getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<ReCommitCase> list(String sql, int limit) {
        List<Object[]> rows = em.createNativeQuery(sql + (sql.contains("for update") ? "" : " limit " + limit))
                .getResultList();
        return rows.stream().map(r -> new ReCommitCase(((Number) r[0]).longValue(), (Instant) r[1], (String) r[2],
                (String) r[3], (String) r[4], (Instant) r[5], (String) r[6], (String) r[7])).toList();
    }
}
