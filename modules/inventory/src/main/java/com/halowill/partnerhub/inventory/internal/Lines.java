package com.halowill.partnerhub.inventory.internal;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The assembly lines and the form factors each builds. */
final class Lines {

    private Lines() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<String>> read(EntityManager em) {
        List<Object[]> rows = em.createNativeQuery("select line, form_factors from inventory.assembly_line")
                .getResultList();
        Map<String, List<String>> out = new TreeMap<>();
        rows.forEach(r -> out.put((String) r[0], Arrays.asList(((String) r[1]).split(";"))));
        return Collections.unmodifiableMap(out);
    }
}
