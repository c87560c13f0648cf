package com.halowill.partnerhub.inventory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.inventory.PlanRowError;
import com.halowill.partnerhub.inventory.PoolKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanCsvTest {

    private static final Set<String> COMPONENTS = Set.of("EML-100G", "DSP-5NM");

    private static List<String> fields(List<PlanRowError> errors) {
        return errors.stream().map(e -> e.row() + ":" + e.field()).toList();
    }

    @Test
    void a_component_supply_file_is_read_row_by_row() {
        PlanCsv.Parsed p = PlanCsv.parse("""
                component,week_start,quantity
                EML-100G,2026-11-30,48000
                DSP-5NM, 2026-11-30 ,9000
                """, COMPONENTS);
        assertEquals(PoolKind.CHIPS, p.kind());
        assertTrue(p.errors().isEmpty(), p.errors().toString());
        assertEquals(new PlanCsv.Row(2, "DSP-5NM", null, LocalDate.of(2026, 11, 30), 9000), p.rows().get(1));
    }

    @Test
    void every_bad_row_is_reported_with_its_number_and_field() {
        PlanCsv.Parsed p = PlanCsv.parse("""
                component,week_start,quantity
                EML-100G,2026-11-30,-5
                EML-999,2026-11-30,10
                DSP-5NM,2026-12-01,10
                DSP-5NM,30/11/2026,ten
                EML-100G,2026-11-30,7
                DSP-5NM,2026-11-30
                """, COMPONENTS);
        assertEquals(List.of("1:quantity", "2:component", "3:week_start", "4:week_start", "4:quantity", "6:row"),
                fields(p.errors()));
        assertEquals(1, p.rows().size(), "only the one good row is usable");
    }

    @Test
    void a_second_row_for_the_same_component_and_week_is_an_error() {
        PlanCsv.Parsed p = PlanCsv.parse("component,week_start,quantity\nEML-100G,2026-11-30,1\nEML-100G,2026-11-30,2\n",
                COMPONENTS);
        assertEquals(List.of("2:week_start"), fields(p.errors()));
    }

    @Test
    void a_capacity_file_defines_its_lines_and_their_form_factors() {
        PlanCsv.Parsed p = PlanCsv.parse("""
                line,form_factors,week_start,units
                PEN-L1,QSFP-DD;QSFP112,2026-11-30,9000
                PEN-L1,OSFP,2026-12-07,9000
                """, COMPONENTS);
        assertEquals(PoolKind.CAPACITY, p.kind());
        assertEquals(List.of("2:form_factors"), fields(p.errors()));
    }

    @Test
    void a_file_of_another_shape_is_refused_as_a_whole() {
        PlanCsv.Parsed p = PlanCsv.parse("sku,quantity\nA,1\n", COMPONENTS);
        assertNull(p.kind());
        assertEquals(List.of("0:header"), fields(p.errors()));
        assertEquals(List.of("0:file"), fields(PlanCsv.parse("", COMPONENTS).errors()));
    }
}
