package com.halowill.partnerhub.inventory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.inventory.AssemblyCapacity;
import com.halowill.partnerhub.inventory.ComponentSupply;
import com.halowill.partnerhub.inventory.internal.ScheduledOutput.Buildable;
import com.halowill.partnerhub.inventory.internal.ScheduledOutput.WeeklyOutput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduledOutputTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 11, 30);
    private static final Buildable DR4 = new Buildable("DR4", "QSFP-DD", Map.of("EML", 4, "DSP7", 1));
    private static final Buildable DR8 = new Buildable("DR8", "OSFP", Map.of("EML", 8, "DSP5", 1));

    private static int units(List<WeeklyOutput> plan, String sku) {
        return plan.stream().filter(o -> o.sku().equals(sku)).mapToInt(WeeklyOutput::units).sum();
    }

    @Test
    void a_shared_laser_chip_is_split_evenly_between_the_products_that_use_it() {
        List<WeeklyOutput> plan = ScheduledOutput.plan(List.of(DR4, DR8),
                List.of(new ComponentSupply("EML", WEEK, 8000), new ComponentSupply("DSP7", WEEK, 9999),
                        new ComponentSupply("DSP5", WEEK, 9999)),
                List.of(new AssemblyCapacity("L1", Set.of("QSFP-DD"), WEEK, 10000),
                        new AssemblyCapacity("L2", Set.of("OSFP"), WEEK, 10000)));
        assertEquals(1000, units(plan, "DR4"), "4000 EML chips at 4 per unit");
        assertEquals(500, units(plan, "DR8"), "4000 EML chips at 8 per unit");
    }

    @Test
    void the_scarcest_component_limits_output() {
        List<WeeklyOutput> plan = ScheduledOutput.plan(List.of(DR4),
                List.of(new ComponentSupply("EML", WEEK, 8000), new ComponentSupply("DSP7", WEEK, 300)),
                List.of(new AssemblyCapacity("L1", Set.of("QSFP-DD"), WEEK, 10000)));
        assertEquals(300, units(plan, "DR4"));
    }

    @Test
    void a_line_over_capacity_scales_its_products_down() {
        List<WeeklyOutput> plan = ScheduledOutput.plan(List.of(DR4),
                List.of(new ComponentSupply("EML", WEEK, 8000), new ComponentSupply("DSP7", WEEK, 9999)),
                List.of(new AssemblyCapacity("L1", Set.of("QSFP-DD"), WEEK, 1500)));
        assertEquals(1500, units(plan, "DR4"));
    }

    @Test
    void a_product_no_line_builds_gets_no_output() {
        List<WeeklyOutput> plan = ScheduledOutput.plan(List.of(DR8),
                List.of(new ComponentSupply("EML", WEEK, 8000), new ComponentSupply("DSP5", WEEK, 9999)),
                List.of(new AssemblyCapacity("L1", Set.of("QSFP-DD"), WEEK, 10000)));
        assertTrue(plan.isEmpty());
    }

    @Test
    void a_week_without_chips_builds_nothing() {
        List<WeeklyOutput> plan = ScheduledOutput.plan(List.of(DR4), List.of(),
                List.of(new AssemblyCapacity("L1", Set.of("QSFP-DD"), WEEK, 10000)));
        assertTrue(plan.isEmpty());
    }
}
