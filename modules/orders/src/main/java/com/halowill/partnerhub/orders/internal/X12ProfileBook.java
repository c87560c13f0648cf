package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.OrderRejected;
import com.halowill.partnerhub.orders.X12Profile;
import com.halowill.partnerhub.orders.X12Profiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** X12 trading-partner profiles in {@code orders.x12_profile}. */
@ApplicationScoped
@Transactional
class X12ProfileBook implements X12Profiles {

    private static final String SELECT = """
            select distributor, isa_qualifier, isa_id, gs_id, version, element_separator, component_separator,
                   segment_terminator, updated_at, updated_by, push_855, push_856, push_865
            from orders.x12_profile""";

    private final EntityManager em;
    private final Distributors distributors;
    private final Clock clock;

    X12ProfileBook(EntityManager em, Distributors distributors, Clock clock) {
        this.em = em;
        this.distributors = distributors;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<X12Profile> all() {
        return read(em.createNativeQuery(SELECT + " order by distributor").getResultList());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<X12Profile> of(DistributorCode distributor) {
        return read(em.createNativeQuery(SELECT + " where distributor = ?1").setParameter(1, distributor.value())
                .getResultList()).stream().findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<X12Profile> bySender(String isaQualifier, String isaId) {
        return read(em.createNativeQuery(SELECT + " where isa_qualifier = ?1 and isa_id = ?2")
                .setParameter(1, isaQualifier).setParameter(2, isaId).getResultList()).stream().findFirst();
    }

    @Override
    public X12Profile save(X12Profile p, String actor) {
        List<FieldError> errors = problems(p);
        if (errors.isEmpty()) {
            Optional<X12Profile> owner = bySender(p.isaQualifier(), p.isaId());
            if (owner.isPresent() && !owner.get().distributor().equals(p.distributor())) {
                errors.add(new FieldError("isaId", "ISA " + p.isaQualifier() + "/" + p.isaId() + " is already "
                        + owner.get().distributor() + "'s: one party, one distributor"));
            }
        }
        if (!errors.isEmpty()) {
            throw new OrderRejected(errors);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        em.createNativeQuery("""
                insert into orders.x12_profile (distributor, isa_qualifier, isa_id, gs_id, version, element_separator,
                    component_separator, segment_terminator, updated_at, updated_by, push_855, push_856, push_865)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                on conflict (distributor) do update set isa_qualifier = excluded.isa_qualifier,
                    isa_id = excluded.isa_id, gs_id = excluded.gs_id, version = excluded.version,
                    element_separator = excluded.element_separator,
                    component_separator = excluded.component_separator,
                    segment_terminator = excluded.segment_terminator, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by, push_855 = excluded.push_855, push_856 = excluded.push_856,
                    push_865 = excluded.push_865""")
                .setParameter(1, p.distributor().value()).setParameter(2, p.isaQualifier()).setParameter(3, p.isaId())
                .setParameter(4, p.groupId()).setParameter(5, p.version())
                .setParameter(6, String.valueOf(p.elementSeparator()))
                .setParameter(7, String.valueOf(p.componentSeparator()))
                .setParameter(8, String.valueOf(p.segmentTerminator())).setParameter(9, Timestamp.from(now))
                .setParameter(10, actor).setParameter(11, p.pushes(X12Profile.Pushed.ACKNOWLEDGMENT_855))
                .setParameter(12, p.pushes(X12Profile.Pushed.SHIP_NOTICE_856))
                .setParameter(13, p.pushes(X12Profile.Pushed.CHANGE_ANSWER_865)).executeUpdate();
        return new X12Profile(p.distributor(), p.isaQualifier(), p.isaId(), p.groupId(), p.version(),
                p.elementSeparator(), p.componentSeparator(), p.segmentTerminator(), p.pushed(), now, actor);
    }

    @Override
    public boolean remove(DistributorCode distributor) {
        return em.createNativeQuery("delete from orders.x12_profile where distributor = ?1")
                .setParameter(1, distributor.value()).executeUpdate() == 1;
    }

    /** Each value that an ISA or GS could not carry, or that a translator could not read back. */
    private List<FieldError> problems(X12Profile p) {
        List<FieldError> errors = new ArrayList<>();
        if (p.distributor() == null || distributors.find(p.distributor()).isEmpty()) {
            errors.add(new FieldError("distributor", "choose a distributor"));
        }
        if (p.isaQualifier() == null || !p.isaQualifier().matches("[0-9A-Z]{2}")) {
            errors.add(new FieldError("isaQualifier", "two letters or digits, such as ZZ (mutually defined), 01 "
                    + "(DUNS) or 12 (phone)"));
        }
        if (p.isaId() == null || !p.isaId().matches("[0-9A-Za-z][ -~&&[^*~|^:!>]]{1,14}")) {
            errors.add(new FieldError("isaId", "2 to 15 printable characters, no separator"));
        }
        if (p.groupId() == null || !p.groupId().matches("[0-9A-Za-z][ -~&&[^*~|^:!>]]{1,14}")) {
            errors.add(new FieldError("groupId", "2 to 15 printable characters, no separator"));
        }
        if (!"004010".equals(p.version()) && !"005010".equals(p.version())) {
            errors.add(new FieldError("version", "004010 or 005010"));
        }
        Set<Character> separators = new HashSet<>(List.of(p.elementSeparator(), p.componentSeparator(),
                p.segmentTerminator()));
        if (separators.size() < 3) {
            errors.add(new FieldError("separators", "element separator, component separator and segment terminator "
                    + "must differ"));
        }
        for (char c : List.of(p.elementSeparator(), p.componentSeparator(), p.segmentTerminator())) {
            if (Character.isLetterOrDigit(c) || c == ' ' || c < 0x21 || c > 0x7e) {
                errors.add(new FieldError("separators", "separators are printable characters that are neither "
                        + "letters, digits nor spaces, such as * > ~ or | : !"));
                break;
            }
        }
        return errors;
    }

    @SuppressWarnings("unchecked")
    private static List<X12Profile> read(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(r -> new X12Profile(new DistributorCode((String) r[0]),
                ((String) r[1]).strip(), (String) r[2], (String) r[3], (String) r[4], first(r[5]), first(r[6]),
                first(r[7]), pushed((Boolean) r[10], (Boolean) r[11], (Boolean) r[12]), (Instant) r[8],
                (String) r[9])).toList();
    }

    private static Set<X12Profile.Pushed> pushed(boolean acknowledgment, boolean shipNotice, boolean changeAnswer) {
        Set<X12Profile.Pushed> out = EnumSet.noneOf(X12Profile.Pushed.class);
        if (acknowledgment) {
            out.add(X12Profile.Pushed.ACKNOWLEDGMENT_855);
        }
        if (shipNotice) {
            out.add(X12Profile.Pushed.SHIP_NOTICE_856);
        }
        if (changeAnswer) {
            out.add(X12Profile.Pushed.CHANGE_ANSWER_865);
        }
        return out;
    }

    private static char first(Object value) {
        return value instanceof Character c ? c : value.toString().charAt(0);
    }
}
