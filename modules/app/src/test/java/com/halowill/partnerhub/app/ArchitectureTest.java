package com.halowill.partnerhub.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module rules of architecture.md, checked against the compiled code of every module. */
class ArchitectureTest {

    static final String ROOT = "com.halowill.partnerhub";
    static final List<String> DOMAIN = List.of("catalog", "inventory", "commitments", "orders", "notifications");
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void modules_have_no_cycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void no_module_imports_another_modules_internals() {
        List<String> modules = List.of("platform", "catalog", "inventory", "commitments", "orders", "notifications",
                "portal", "api", "app");
        for (String module : modules) {
            for (String other : modules) {
                if (!other.equals(module)) {
                    internalsOf(other, module).check(CLASSES);
                }
            }
        }
    }

    @Test
    void the_round_trip_plumbing_knows_no_module_and_no_module_keeps_its_own() {
        noClasses().that().resideInAPackage(ROOT + ".platform..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".catalog..", ROOT + ".inventory..", ROOT + ".commitments..",
                        ROOT + ".orders..", ROOT + ".notifications..", ROOT + ".portal..", ROOT + ".api..",
                        ROOT + ".app..")
                .check(CLASSES);
        classes().that().haveSimpleNameEndingWith("WriteBehind").or().haveSimpleNameEndingWith("AlongRead")
                .or().haveSimpleNameEndingWith("RowArrays").or().haveSimpleNameEndingWith("ReferenceSnapshot")
                .should().resideInAPackage(ROOT + ".platform..")
                .because("catalog is only the catalog: the round-trip machinery is platform's")
                .check(CLASSES);
    }

    @Test
    void the_launcher_knows_no_module_of_the_application() {
        noClasses().that().resideInAPackage(ROOT + ".launcher..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".platform..", ROOT + ".catalog..", ROOT + ".inventory..",
                        ROOT + ".commitments..", ROOT + ".orders..", ROOT + ".notifications..", ROOT + ".portal..",
                        ROOT + ".api..", ROOT + ".app..")
                .because("the launcher starts processes; it is not part of the application").check(CLASSES);
    }

    @Test
    void every_today_comes_from_the_one_clock_in_the_business_zone() {
        noClasses().that().doNotHaveSimpleName("MovableClock").and().resideOutsideOfPackage(ROOT + ".launcher..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .because("business dates follow the business zone, and the demo world moves the clock: use the Clock")
                .check(CLASSES);
    }

    @Test
    void published_domain_apis_speak_the_domain_only() {
        for (String module : DOMAIN) {
            noClasses().that().resideInAPackage(ROOT + "." + module).should().dependOnClassesThat()
                    .resideInAPackage(ROOT + ".platform..")
                    .because("a published API takes and returns the domain: no SQL helpers or round-trip callbacks")
                    .check(CLASSES);
        }
    }

    @Test
    void dependencies_point_one_way_catalog_inventory_commitments_orders_notifications() {
        noClasses().that().resideInAPackage(ROOT + ".catalog..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".inventory..", ROOT + ".commitments..", ROOT + ".orders..",
                        ROOT + ".notifications..", ROOT + ".portal..", ROOT + ".api..")
                .check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".inventory..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".commitments..", ROOT + ".orders..", ROOT + ".notifications..",
                        ROOT + ".portal..", ROOT + ".api..")
                .check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".commitments..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".orders..", ROOT + ".notifications..", ROOT + ".portal..", ROOT + ".api..")
                .check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".orders..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".notifications..", ROOT + ".portal..", ROOT + ".api..")
                .check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".notifications..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".portal..", ROOT + ".api..", ROOT + ".app..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage(ROOT + ".portal..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".api..", ROOT + ".app..").check(CLASSES);
        noClasses().that().resideInAnyPackage(ROOT + ".api..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".portal..", ROOT + ".app..").check(CLASSES);
    }

    @Test
    void entities_live_in_their_modules_internal_package_and_are_used_only_there() {
        for (String module : DOMAIN) {
            String internal = ROOT + "." + module + ".internal..";
            noClasses().that().areAnnotatedWith(Entity.class).should().resideOutsideOfPackage(ROOT + ".*.internal..")
                    .check(CLASSES);
            noClasses().that().resideOutsideOfPackage(internal).should().dependOnClassesThat(
                    com.tngtech.archunit.base.DescribedPredicate.and(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(internal),
                            com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith(
                                    Entity.class)))
                    .check(CLASSES);
        }
    }

    @Test
    void domain_modules_and_their_plumbing_know_nothing_of_http() {
        for (String module : java.util.stream.Stream.concat(DOMAIN.stream(), java.util.stream.Stream.of("platform"))
                .toList()) {
            noClasses().that().resideInAPackage(ROOT + "." + module + "..").should().dependOnClassesThat()
                    .resideInAPackage("jakarta.ws.rs..").check(CLASSES);
            noClasses().that().resideInAPackage(ROOT + "." + module + "..").and()
                    .haveNameNotMatching(".*\\.notifications\\.internal\\.WebhookPost(\\$.*)?").should()
                    .dependOnClassesThat().resideInAnyPackage("io.vertx..", "io.netty..")
                    .because("only the webhook relay's post uses Vert.x's HTTP client, the one that can be told the"
                            + " address to connect to")
                    .check(CLASSES);
            noClasses().that().resideInAPackage(ROOT + "." + module + "..").and()
                    .haveNameNotMatching(".*\\.notifications\\.internal\\.MailOutbox(\\$.*)?").should()
                    .dependOnClassesThat().resideInAPackage("io.quarkus.qute..")
                    .because("pages are the portal's; only notifications' mail outbox renders (its mails, with Qute)")
                    .check(CLASSES);
        }
    }

    @Test
    void every_portal_and_console_page_declares_who_may_open_it() {
        classes().that().resideInAPackage(ROOT + ".portal..").and().areAnnotatedWith(Path.class).should()
                .beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .because("authorization is declared on each resource, not only by the path filter")
                .check(CLASSES);
    }

    @Test
    void partner_pages_console_pages_and_their_shared_web_plumbing_stay_apart() {
        String portal = ROOT + ".portal.";
        noClasses().that().resideInAPackage(portal + "partner..").should().dependOnClassesThat()
                .resideInAPackage(portal + "console..").check(CLASSES);
        noClasses().that().resideInAPackage(portal + "console..").should().dependOnClassesThat()
                .resideInAPackage(portal + "partner..").check(CLASSES);
        noClasses().that().resideInAPackage(portal + "web..").should().dependOnClassesThat()
                .resideInAnyPackage(portal + "partner..", portal + "console..").check(CLASSES);
        classes().that().resideInAPackage(ROOT + ".portal..").and().areAnnotatedWith(Path.class).should()
                .resideInAnyPackage(portal + "partner..", portal + "console..", portal + "web..").check(CLASSES);
    }

    @Test
    void the_apis_http_and_security_plumbing_knows_no_resource() {
        String api = ROOT + ".api.";
        noClasses().that().resideInAnyPackage(api + "http..", api + "security..").should().dependOnClassesThat()
                .resideInAnyPackage(api + "catalog..", api + "orders..", api + "webhooks..", api + "availability..",
                        api + "edi..").check(CLASSES);
    }

    @Test
    void x12_in_and_out_know_each_other_only_through_the_syntax_they_share() {
        String edi = ROOT + ".api.edi.";
        noClasses().that().resideInAPackage(edi + "inbound..").should().dependOnClassesThat()
                .resideInAPackage(edi + "outbound..").check(CLASSES);
        noClasses().that().resideInAPackage(edi + "outbound..").should().dependOnClassesThat()
                .resideInAPackage(edi + "inbound..").check(CLASSES);
        noClasses().that().resideInAPackage(edi + "syntax..").should().dependOnClassesThat()
                .resideInAnyPackage(edi + "inbound..", edi + "outbound..", ROOT + ".orders..",
                        ROOT + ".commitments..")
                .check(CLASSES);
    }

    @Test
    void commitments_is_laid_out_by_feature_over_the_engine_and_the_store() {
        String in = ROOT + ".commitments.internal.";
        slices().matching(in + "(*)..").should().beFreeOfCycles().check(CLASSES);
        noClasses().that().resideInAPackage(in + "allocation..").should().dependOnClassesThat()
                .resideInAnyPackage(in + "engine..", in + "store..", in + "promising..", in + "recommit..",
                        in + "fairshare..", in + "shipping..", in + "outlook..", in + "buildahead..")
                .check(CLASSES);
        noClasses().that().resideInAPackage(in + "engine..").should().dependOnClassesThat()
                .resideInAnyPackage(in + "store..", in + "promising..", in + "recommit..", in + "fairshare..",
                        in + "shipping..", in + "outlook..", in + "buildahead..")
                .because("the engine plans on a state; it writes nothing").check(CLASSES);
        List<String> features = List.of("promising", "recommit", "fairshare", "shipping", "outlook",
                "buildahead");
        for (String feature : features) {
            for (String other : features) {
                if (!other.equals(feature)) {
                    noClasses().that().resideInAPackage(in + feature + "..").should().dependOnClassesThat()
                            .resideInAPackage(in + other + "..").check(CLASSES);
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(CLASSES.stream()
                .noneMatch(c -> c.getPackageName().equals(ROOT + ".commitments.internal")),
                "every class of commitments' internals lives in its feature's package");
    }

    @Test
    void published_services_take_typed_identifiers_not_strings() {
        java.util.Set<String> idNames = java.util.Set.of("sku", "skus", "distributor", "demandRef", "demandRefs",
                "orderId");
        List<String> untyped = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
        for (String module : DOMAIN) {
            CLASSES.stream().filter(c -> c.getPackageName().equals(ROOT + "." + module) && c.isInterface())
                    .map(com.tngtech.archunit.core.domain.JavaClass::reflect)
                    .flatMap(c -> java.util.Arrays.stream(c.getMethods()))
                    .forEach(m -> java.util.Arrays.stream(m.getParameters())
                            .filter(p -> p.isNamePresent() && idNames.contains(p.getName()))
                            .peek(p -> read.incrementAndGet())
                            .filter(p -> p.getParameterizedType().getTypeName().matches(
                                    ".*\\b(java\\.lang\\.String|java\\.util\\.UUID)\\b.*"))
                            .forEach(p -> untyped.add(m.getDeclaringClass().getSimpleName() + "." + m.getName()
                                    + "(" + p.getName() + ")")));
        }
        org.junit.jupiter.api.Assertions.assertTrue(read.get() > 20,
                "the rule reads the published services' parameter names (compiled with -parameters): " + read);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), untyped,
                "a SKU, distributor code, demand reference or order id crosses a module as Sku, DistributorCode,"
                        + " DemandRef or OrderId, not as text");
    }

    @Test
    void published_records_carry_typed_identifiers_not_strings() {
        java.util.Set<String> idNames = java.util.Set.of("sku", "skus", "distributor", "demandRef", "demandRefs",
                "orderId");
        // the one exception: the line an ERP or the portal submits is raw input that intake validates
        java.util.Set<String> rawInput = java.util.Set.of("SubmitLine.sku");
        List<String> untyped = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
        for (String module : DOMAIN) {
            CLASSES.stream().filter(c -> c.getPackageName().equals(ROOT + "." + module))
                    .map(com.tngtech.archunit.core.domain.JavaClass::reflect).filter(Class::isRecord)
                    .flatMap(c -> java.util.Arrays.stream(c.getRecordComponents()))
                    .filter(rc -> idNames.contains(rc.getName()))
                    .peek(rc -> read.incrementAndGet())
                    .filter(rc -> rc.getGenericType().getTypeName().matches(
                            ".*\\b(java\\.lang\\.String|java\\.util\\.UUID)\\b.*"))
                    .map(rc -> rc.getDeclaringRecord().getName().substring(rc.getDeclaringRecord().getPackageName()
                            .length() + 1) + "." + rc.getName())
                    .filter(name -> !rawInput.contains(name)).forEach(untyped::add);
        }
        org.junit.jupiter.api.Assertions.assertTrue(read.get() > 40, "the rule reads the published records: " + read);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), untyped,
                "a published record names a SKU, distributor code, demand reference or order id by its type"
                        + " (Sku, DistributorCode, DemandRef, OrderId), not as text");
        org.junit.jupiter.api.Assertions.assertEquals(com.halowill.partnerhub.orders.OrderId.class,
                com.halowill.partnerhub.orders.PurchaseOrder.class.getRecordComponents()[0].getType(),
                "a purchase order's id is an OrderId");
    }

    static ArchRule internalsOf(String other, String module) {
        return noClasses().that().resideInAPackage(ROOT + "." + module + "..").should().dependOnClassesThat()
                .resideInAPackage(ROOT + "." + other + ".internal..")
                .because("a module uses another only through its published API");
    }
}
