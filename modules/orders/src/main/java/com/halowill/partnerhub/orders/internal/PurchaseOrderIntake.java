package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.orders.OrderIntake;
import com.halowill.partnerhub.orders.Submission;
import com.halowill.partnerhub.orders.SubmitOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Order intake from every channel. One order in a transaction of its own ({@link #submit}), or with the orders that
 * arrive at the same moment in one shared transaction ({@link #submitTogether}); either way {@link IntakeBatch}
 * takes them in, exactly once per idempotency key and PO number.
 */
@ApplicationScoped
class PurchaseOrderIntake implements OrderIntake {

    private final EntityManager em;
    private final IntakeBatch batch;
    private final IntakeGroups groups;
    private final IntakeRows rows;

    PurchaseOrderIntake(EntityManager em, IntakeBatch batch, IntakeGroups groups, IntakeRows rows) {
        this.em = em;
        this.batch = batch;
        this.groups = groups;
        this.rows = rows;
    }

    @Override
    @Transactional
    public Submission submit(SubmitOrder order) {
        IntakeBatch.Outcome outcome = batch.take(List.of(new IntakeBatch.Item(order, s -> s))).get(0);
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return (Submission) outcome.answer();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T submitTogether(SubmitOrder order, Function<Submission, T> answer) {
        return (T) groups.run(new IntakeBatch.Item(order, answer::apply));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void keepReceipt(DistributorCode code, String key, Receipt receipt) {
        rows.keep(List.of(new IntakeRows.KeptAnswer(code.value(), key, receipt.code(), receipt.text())));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Receipt> firstReceipt(DistributorCode code, String key) {
        String distributor = code.value();
        List<Object[]> found = em.createNativeQuery("""
                select answer_status, answer_body from orders.idempotency_key
                where distributor = ?1 and key = ?2 and answer_body is not null""")
                .setParameter(1, distributor).setParameter(2, key).getResultList();
        return found.stream().findFirst().map(r -> new Receipt(((Number) r[0]).intValue(), (String) r[1]));
    }
}
