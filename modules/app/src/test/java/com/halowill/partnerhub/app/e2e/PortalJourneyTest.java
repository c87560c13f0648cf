package com.halowill.partnerhub.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.orders.OrderId;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A buyer orders in the portal, a planner confirms in the console, the buyer sees the confirmed
 * date: real Keycloak login pages, real Chromium.
 */
@QuarkusTest
@Tag("e2e")
class PortalJourneyTest extends BrowserJourney {

    private static final String SKU = "HW-QDD-400G-DR4-SIPH";

    @jakarta.inject.Inject
    com.halowill.partnerhub.app.stack.PrivateSupply supply;
    @jakarta.inject.Inject
    com.halowill.partnerhub.commitments.Promises promises;
    @jakarta.inject.Inject
    com.halowill.partnerhub.orders.Orders orders;

    /** Fills the order form's header and first row and places the order. */
    private static void placeOrder(Page page, String poPrefix, String sku, String quantity, LocalDate requested) {
        page.locator("#poNumber").fill(poPrefix + "-" + UUID.randomUUID().toString().substring(0, 6));
        page.locator("#sku0").fill(sku);
        page.locator("#quantity0").fill(quantity);
        page.locator("#date0").fill(requested.toString());
        page.locator("#place-order").click();
    }

    @Test
    void buyer_orders_planner_confirms_buyer_sees_the_confirmed_date() {
        Page buyer = browser.signIn(url("/portal/catalog"), "nwos-buyer", Tokens.PASSWORD);
        Locator row = buyer.locator("#catalog tr[data-sku='" + SKU + "']");
        assertTrue(row.locator(".avail-stock").textContent().trim().matches("\\d+"), "stock shown for " + SKU);
        Browser.screenshotTop(buyer, "portal-catalog");

        String po = "E2E-" + UUID.randomUUID().toString().substring(0, 8);
        int quantity = 130;
        buyer.navigate(url("/portal/orders/new"));
        buyer.locator("#poNumber").fill(po);
        buyer.locator("#sku0").fill(SKU);
        buyer.locator("#quantity0").fill(String.valueOf(quantity));
        buyer.locator("#date0").fill(LocalDate.now().plusDays(21).toString());
        buyer.locator("#quote0:has-text('each')").waitFor();
        String quote = buyer.locator("#quote0").textContent();
        assertTrue(quote.matches("\\d+ ship \\d{4}-\\d{2}-\\d{2}.* · USD \\d+\\.\\d{2} each.*"),
                "the engine's answer for the line, shown as it is typed: " + quote);
        Browser.screenshot(buyer, "portal-order-form");
        buyer.locator("#place-order").click();
        buyer.waitForURL(u -> u.contains("/portal/orders/") && !u.endsWith("/new"));
        assertEquals("RECEIVED", buyer.locator("#order-status").textContent().trim());
        assertEquals("PENDING_COMMITMENT", buyer.locator("#lines .line-status").first().textContent().trim());
        String orderUrl = buyer.url();

        Page planner = browser.signIn(url("/console"), "ops-planner", Tokens.PASSWORD);
        Locator proposal = planner.locator("#queue tbody tr")
                .filter(new Locator.FilterOptions().setHasText(SKU))
                .filter(new Locator.FilterOptions().setHasText("NWOS"))
                .filter(new Locator.FilterOptions().setHasText(String.valueOf(quantity)));
        assertEquals(1, proposal.count(), "the new order waits in the commitment queue");
        Browser.screenshot(planner, "console-queue");
        proposal.locator("button.primary").click();
        planner.waitForURL(u -> u.contains("/console?message="));
        assertTrue(planner.locator("#flash").textContent().contains("Confirmed " + quantity + " x " + SKU));
        Browser.screenshot(planner, "console-confirmed");

        buyer.navigate(orderUrl);
        String status = buyer.locator("#lines .line-status").first().textContent().trim();
        assertTrue(status.equals("COMMITTED") || status.equals("COMMITTED_LATE"), status);
        assertEquals("ACKNOWLEDGED", buyer.locator("#order-status").textContent().trim());
        assertTrue(buyer.locator("#lines .schedule").first().textContent().matches(
                "(?s)\\s*" + quantity + " ship \\d{4}-\\d{2}-\\d{2}.*CONFIRMED.*"), "confirmed date shown");
        Browser.screenshot(buyer, "portal-order-confirmed");

        buyer.navigate(url("/portal/orders"));
        Locator listed = buyer.locator("#orders tbody tr").filter(new Locator.FilterOptions().setHasText(po));
        assertTrue(listed.textContent().matches("(?s).*" + quantity + " × " + SKU + ": COMMITTED(_LATE)?, "
                + quantity + " ship \\d{4}-\\d{2}-\\d{2}.*"), listed.textContent());
        Browser.screenshot(buyer, "portal-orders");
        buyer.locator("#filter-po").fill(po);
        buyer.locator("#order-filters button").click();
        assertEquals(1, buyer.locator("#orders tbody tr").count(), "filtered by PO number: just that order");
        buyer.locator("#filter-sku").fill(SKU.toLowerCase());
        buyer.locator("#filter-from").fill(LocalDate.now().minusDays(1).toString());
        buyer.locator("#filter-to").fill(LocalDate.now().plusDays(1).toString());
        buyer.locator("#order-filters button").click();
        assertEquals(1, buyer.locator("#orders tbody tr").count(), "PO, part number (any case) and dates: that order");
        buyer.navigate(url("/portal/orders?po=" + po + "&sku=HW-OSFP-800G-SR8"));
        assertTrue(buyer.locator("#none").isVisible(), "the order has no line of that part number");
        buyer.navigate(url("/portal/orders?po=" + po + "&from=" + LocalDate.now().plusDays(2)));
        assertTrue(buyer.locator("#none").isVisible(), "not received on or after the day after tomorrow");
        buyer.navigate(url("/portal/orders?po=" + po + "&from=yesterday&to=" + LocalDate.now().plusDays(1)));
        assertTrue(buyer.locator("#flash").textContent().contains("must look like 2027-01-15"), "a bad date is named");
        assertEquals(1, buyer.locator("#orders tbody tr").count(), "the filters that could be used still apply");
        buyer.navigate(url("/portal/orders?status=NOPE&po=" + po));
        assertTrue(buyer.locator("#flash").textContent().contains("no order status 'NOPE'"));
        buyer.navigate(url("/portal/orders?status=CANCELLED&po=" + po));
        assertTrue(buyer.locator("#none").isVisible(), "no cancelled order with that PO number");
        accessible(buyer);

        planner.navigate(url("/console/orders/" + orderUrl.substring(orderUrl.lastIndexOf('/') + 1)));
        assertEquals("ACKNOWLEDGED", planner.locator("#order-status").textContent().trim());
        assertTrue(planner.locator("body").textContent().contains("ops-planner"), "who confirmed is shown");
        Browser.screenshot(planner, "console-order");
    }

    @Test
    void a_buyer_changes_a_line_and_a_planner_decides_what_the_engine_could_not_keep() {
        Page buyer = browser.signIn(url("/portal/orders/new"), "nwos-buyer", Tokens.PASSWORD);
        placeOrder(buyer, "CHG", SKU, "40", LocalDate.now().plusDays(21));
        buyer.waitForURL(u -> u.contains("/portal/orders/") && !u.endsWith("/new"));
        String orderUrl = buyer.url().replaceFirst("\\?.*", "");
        String po = buyer.locator("h1").textContent().replace("Order ", "").trim();

        buyer.locator("#change-quantity").fill("ten");
        buyer.locator("#change-submit").click();
        assertTrue(buyer.locator("#flash").textContent().contains("must be a whole number"),
                buyer.locator("#flash").textContent());

        buyer.locator("#change-quantity").fill("20");
        buyer.locator("#change-submit").click();
        assertTrue(buyer.locator("#flash").textContent().contains("accepted"), buyer.locator("#flash").textContent());
        assertTrue(buyer.locator("#changes").textContent().contains("ACCEPTED"));
        assertEquals("20", buyer.locator("#lines tr[data-line='1'] td.num").nth(1).textContent().trim());

        buyer.locator("#change-quantity").fill("999990");
        buyer.locator("#change-note").fill("year-end build-out");
        buyer.locator("#change-submit").click();
        assertTrue(buyer.locator("#flash").textContent().contains("sent to HaloWill for review"),
                buyer.locator("#flash").textContent());
        accessible(buyer);
        Browser.screenshot(buyer, "portal-order-change");

        Page planner = browser.signIn(url("/console/changes"), "ops-planner", Tokens.PASSWORD);
        Locator request = planner.locator("section.card").filter(new Locator.FilterOptions().setHasText(po));
        assertEquals(1, request.count(), "the waiting change is in the console");
        assertTrue(request.textContent().contains("year-end build-out"));
        String ifAccepted = request.locator("td.if-accepted").textContent();
        assertTrue(ifAccepted.contains("backordered"), "what accepting would give now: " + ifAccepted);
        accessible(planner);
        Browser.screenshot(planner, "console-changes");
        request.locator("input[name=note]").fill("allocation is full this quarter");
        request.locator("button[value=reject]").click();
        assertTrue(planner.locator("#flash").textContent().contains("rejected"), planner.locator("#flash").textContent());

        buyer.navigate(orderUrl);
        String changes = buyer.locator("#changes").textContent();
        assertTrue(changes.contains("REJECTED") && changes.contains("allocation is full this quarter"), changes);
        assertEquals("20", buyer.locator("#lines tr[data-line='1'] td.num").nth(1).textContent().trim(),
                "the line kept its accepted quantity");
    }

    @Test
    void a_buyer_chooses_mails_and_a_bad_address_gets_a_readable_message() {
        Page buyer = browser.signIn(url("/portal/preferences"), "casc-buyer", Tokens.PASSWORD);
        assertEquals("casc-buyer@example.com", buyer.locator("#m-email").inputValue(), "the address Keycloak has");
        buyer.locator("#m-email").fill("not-an-address@x");
        buyer.locator("#m-ack").check();
        buyer.locator("#mail-form button[type=submit]").click();
        assertTrue(buyer.locator("#flash").textContent().contains("Not saved"), buyer.locator("#flash").textContent());
        assertTrue(!buyer.locator("#m-ack").isChecked(), "nothing was saved");
        buyer.locator("#m-email").fill("casc-buyer@example.com");
        buyer.locator("#m-ack").check();
        buyer.locator("#m-shipped").check();
        buyer.locator("#mail-form button[type=submit]").click();
        assertTrue(buyer.locator("#flash").textContent().contains("go to casc-buyer@example.com"),
                buyer.locator("#flash").textContent());
        assertTrue(buyer.locator("#m-ack").isChecked() && buyer.locator("#m-shipped").isChecked()
                && !buyer.locator("#m-moved").isChecked());
        accessible(buyer);
        Browser.screenshot(buyer, "portal-mail-preferences");
        buyer.locator("#m-ack").uncheck();
        buyer.locator("#m-shipped").uncheck();
        buyer.locator("#mail-form button[type=submit]").click();
        assertTrue(buyer.locator("#flash").textContent().contains("no mail will be sent"));
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused_and_changes_nothing() {
        Page buyer = browser.signIn(url("/portal/orders/new"), "nwos-buyer", Tokens.PASSWORD);
        placeOrder(buyer, "CSRF", SKU, "40", LocalDate.now().plusDays(21));
        buyer.waitForURL(u -> u.contains("/portal/orders/") && !u.endsWith("/new"));
        String id = buyer.url().replaceFirst("\\?.*", "").replaceFirst(".*/", "");
        String form = url("/portal/order-actions/" + id + "/changes");
        for (com.microsoft.playwright.options.FormData data : List.of(
                com.microsoft.playwright.options.FormData.create().set("lineNumber", "1").set("quantity", "10"),
                com.microsoft.playwright.options.FormData.create().set("lineNumber", "1").set("quantity", "10")
                        .set("csrf-token", "forged-token-value-AAAAAAAAAAAAAAAAAAAAAAA"))) {
            com.microsoft.playwright.APIResponse refused = buyer.request().post(form,
                    com.microsoft.playwright.options.RequestOptions.create().setForm(data).setMaxRedirects(0));
            assertEquals(400, refused.status());
            assertTrue(refused.text().contains("could not be accepted"), refused.text());
        }
        com.microsoft.playwright.APIResponse cancel = buyer.request().post(url("/portal/order-actions/" + id
                + "/cancel"), com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0));
        assertTrue(cancel.status() == 400 || cancel.status() == 415, "a post without the form is refused: "
                + cancel.status());
        buyer.reload();
        assertEquals("40", buyer.locator("#lines tr[data-line='1'] td.num").nth(1).textContent().trim(),
                "nothing changed");
        assertEquals("RECEIVED", buyer.locator("#order-status").textContent().trim());
    }

    @Test
    void bad_input_in_the_order_form_gets_a_readable_message_and_keeps_what_was_typed() {
        Page buyer = browser.signIn(url("/portal/orders/new"), "casc-buyer", Tokens.PASSWORD);
        buyer.locator("#poNumber").fill("E2E-BAD-" + UUID.randomUUID().toString().substring(0, 6));
        buyer.locator("#sku0").fill("HW-OSFP-800G-2FR4");
        buyer.locator("#quantity0").fill("a dozen");
        buyer.locator("#date0").fill(LocalDate.now().plusDays(10).toString());
        buyer.locator("#sku1").fill("HW-NO-SUCH-PART");
        buyer.locator("#quantity1").fill("10");
        buyer.locator("#date1").fill(LocalDate.now().plusDays(10).toString());
        buyer.locator("#quote1:has-text('No part HW-NO-SUCH-PART in the catalog.')").waitFor();
        buyer.locator("#quote0:has-text('Enter a whole quantity')").waitFor();
        buyer.locator("#place-order").click();
        String errors = buyer.locator("#errors").textContent();
        assertTrue(errors.contains("Row 1: quantity must be a whole number"), errors);
        assertEquals("a dozen", buyer.locator("#quantity0").inputValue());
        buyer.locator("#quantity0").fill("20");
        buyer.locator("#place-order").click();
        errors = buyer.locator("#errors").textContent();
        assertTrue(errors.contains("Line 2, sku: unknown SKU 'HW-NO-SUCH-PART'"), errors);
        Browser.screenshot(buyer, "portal-order-errors");
    }

    @Test
    void a_partner_cannot_open_another_partners_order_and_a_viewer_cannot_order() {
        Page nwos = browser.signIn(url("/portal/orders/new"), "nwos-buyer", Tokens.PASSWORD);
        placeOrder(nwos, "E2E-PRIV", SKU, "10", LocalDate.now().plusDays(30));
        nwos.waitForURL(u -> u.contains("/portal/orders/") && !u.endsWith("/new"));
        String orderPath = nwos.url().substring(nwos.url().indexOf("/portal/"));

        Page casc = browser.signIn(url(orderPath), "casc-admin", Tokens.PASSWORD);
        assertTrue(casc.locator("h1").textContent().contains("Not found"));
        accessible(casc);
        Browser.screenshot(casc, "portal-not-found");

        Page viewer = browser.signIn(url("/portal/orders/new"), "nwos-viewer", Tokens.PASSWORD);
        placeOrder(viewer, "E2E-VIEW", SKU, "10", LocalDate.now().plusDays(30));
        assertTrue(viewer.locator("#errors").textContent().contains("can view orders but not place them"));

        Page partnerInConsole = browser.signIn(url("/portal/orders"), "nwos-admin", Tokens.PASSWORD);
        assertEquals(403, partnerInConsole.navigate(url("/console")).status(), "partners never see the console");
        assertTrue(partnerInConsole.locator("#forbidden").textContent().contains("HaloWill operations staff"));
        accessible(partnerInConsole);
        Browser.screenshot(partnerInConsole, "portal-forbidden");
    }

    @Test
    void a_buyer_filters_and_searches_the_catalog_sees_successors_and_compares_products() {
        Page buyer = browser.signIn(url("/portal/catalog?rate=800&formFactor=OSFP"), "casc-buyer", Tokens.PASSWORD);
        List<String> skus = buyer.locator("#catalog tbody tr").all().stream().map(r -> r.getAttribute("data-sku"))
                .toList();
        assertTrue(skus.size() >= 5 && skus.stream().allMatch(s -> s.startsWith("HW-OSFP-800G")), skus.toString());
        buyer.locator("#f-q").fill("siph");
        buyer.locator("#catalog-filters button").click();
        skus = buyer.locator("#catalog tbody tr").all().stream().map(r -> r.getAttribute("data-sku")).toList();
        assertEquals(List.of("HW-OSFP-800G-DR8-SIPH"), skus, "800G OSFP with 'siph' in part number or description");

        buyer.navigate(url("/portal/catalog?lifecycle=eol"));
        Locator eol = buyer.locator("#catalog tr[data-sku='HW-Q56-200G-FR4']");
        assertTrue(eol.locator(".successor").textContent().matches("Consider HW-QDD-400G-FR4: \\d+ in stock.*"),
                "an end-of-life part offers its successor and what it has");
        buyer.navigate(url("/portal/catalog?rate=fast"));
        assertTrue(buyer.locator("#flash").textContent().contains("data rate is a number"));
        assertTrue(buyer.locator("#catalog tbody tr").count() > 20, "the bad filter is not applied");

        buyer.navigate(url("/portal/catalog?rate=800&formFactor=OSFP"));
        buyer.locator("input[aria-label='Compare HW-OSFP-800G-DR8']").check();
        buyer.locator("input[aria-label='Compare HW-OSFP-800G-DR8-SIPH']").check();
        buyer.locator("#compare").click();
        buyer.waitForURL(u -> u.contains("/portal/catalog/compare"));
        String header = buyer.locator("#compare-table thead").textContent();
        assertTrue(header.contains("HW-OSFP-800G-DR8") && header.contains("HW-OSFP-800G-DR8-SIPH"), header);
        assertTrue(buyer.locator("#compare-table .price").first().textContent().matches("\\d+\\.\\d{2} USD"));
        accessible(buyer);
        Browser.screenshot(buyer, "portal-catalog-compare");
        buyer.navigate(url("/portal/catalog/compare?sku=HW-OSFP-800G-DR8"));
        assertTrue(buyer.locator("#flash").textContent().contains("Choose two or three products"));
        buyer.navigate(url("/portal/catalog/compare?sku=HW-OSFP-800G-DR8&sku=NOPE"));
        assertTrue(buyer.locator("#flash").textContent().contains("No product NOPE"));
    }

    @Test
    void a_quick_order_pasted_from_a_spreadsheet_fills_the_form_and_names_what_it_could_not_read() {
        Page buyer = browser.signIn(url("/portal/orders/new"), "prdc-buyer", Tokens.PASSWORD);
        String date = LocalDate.now().plusDays(28).toString();
        buyer.locator("#quick-order summary").click();
        buyer.locator("#paste").fill("Part number\tQuantity\tDate\n" + SKU + "\t20\t" + date
                + "\nhw-osfp-800g-dr8\t10\t" + date + "\nHW-OSFP-800G-SR8\tlots\t" + date + "\n");
        buyer.locator("#fill-form").click();
        assertTrue(buyer.locator("#preview").textContent().contains("Line 4: 'lots' is not a whole quantity."));
        assertEquals(SKU, buyer.locator("#sku0").inputValue());
        assertEquals("HW-OSFP-800G-DR8", buyer.locator("#sku1").inputValue());
        assertEquals(date, buyer.locator("#date1").inputValue());
        assertEquals(5, buyer.locator("input[id^=sku]").count(), "three pasted rows and two empty ones");
        buyer.locator("#quote1:has-text('each')").waitFor();
        accessible(buyer);
        Browser.screenshot(buyer, "portal-quick-order");

        buyer.locator("#sku2").fill("");
        buyer.locator("#date2").fill("");
        buyer.locator("#poNumber").fill("E2E-QUICK-" + UUID.randomUUID().toString().substring(0, 6));
        buyer.locator("#place-order").click();
        buyer.waitForURL(u -> u.contains("/portal/orders/") && !u.endsWith("/new") && !u.endsWith("/quick"));
        assertEquals(2, buyer.locator("#lines tbody tr").count(), "the two good rows were ordered");
    }

    @Test
    void a_csv_purchase_order_is_previewed_row_by_row_and_a_file_far_too_large_gets_a_readable_page() {
        Page buyer = browser.signIn(url("/portal/orders/new"), "mapl-buyer", Tokens.PASSWORD);
        String date = LocalDate.now().plusDays(30).toString();
        String csv = "Line,Part Number,Qty,Requested Date\r\n1," + SKU + ",20," + date + "\r\n2,HW-NO-SUCH-PART,10,"
                + date + "\r\n3,\"" + SKU + "\",15," + date + "\r\n";
        upload(buyer, "po.csv", csv.getBytes(StandardCharsets.UTF_8));
        String preview = buyer.locator("#preview").textContent();
        assertTrue(preview.contains("File row 3: no part HW-NO-SUCH-PART in the catalog."), preview);
        assertTrue(preview.contains("File row 4: " + SKU + " is ordered at least 10 at a time, in multiples of 10."), preview);
        assertEquals(SKU, buyer.locator("#sku0").inputValue());
        assertEquals("20", buyer.locator("#quantity0").inputValue());
        assertEquals(date, buyer.locator("#date0").inputValue());
        assertEquals("HW-NO-SUCH-PART", buyer.locator("#sku1").inputValue());
        buyer.locator("#quote0:has-text('each')").waitFor();
        accessible(buyer);
        Browser.screenshot(buyer, "portal-csv-upload");

        upload(buyer, "wrong.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(buyer.locator("#preview").textContent().contains("The first row of the file must name its columns"),
                "a wrong header is named");

        upload(buyer, "huge.csv", new byte[5 * 1024 * 1024]);
        assertEquals("That was too large to send", buyer.locator("h1").textContent().trim());
        assertTrue(buyer.locator(".errors").textContent().contains("5.0 MB"));
        accessible(buyer);
    }

    private static void upload(Page buyer, String name, byte[] content) {
        buyer.locator("#quick-order summary").click();
        buyer.locator("#upload-file").setInputFiles(new FilePayload(name, "text/csv", content));
        buyer.locator("#upload-order").click();
        buyer.waitForLoadState();
    }

    @Test
    void the_acknowledgment_prints_and_downloads_as_a_pdf_for_the_orders_distributor_only() throws Exception {
        Page buyer = browser.signIn(url("/portal/orders/new"), "nwos-buyer", Tokens.PASSWORD);
        placeOrder(buyer, "E2E-ACK", SKU, "20", LocalDate.now().plusDays(25));
        buyer.waitForURL(u -> u.contains("/portal/orders/") && !u.endsWith("/new"));
        String id = buyer.url().substring(buyer.url().lastIndexOf('/') + 1);
        String po = buyer.locator("h1").textContent().replace("Order", "").trim();
        buyer.locator("#ack-page").click();
        buyer.waitForURL(u -> u.endsWith("/portal/acknowledgments/" + id));
        String page = buyer.locator("body").textContent();
        for (String expected : List.of(po, SKU, "Payment terms", "Delivery terms", "Validity", "USD")) {
            assertTrue(page.contains(expected), "the printable acknowledgment shows " + expected);
        }
        accessible(buyer);
        Browser.screenshot(buyer, "portal-acknowledgment");

        APIResponse pdf = buyer.request().get(url("/portal/acknowledgments/" + id + "/pdf"));
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.headers().get("content-type"));
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            for (String expected : List.of(po, SKU, "Payment terms", "Validity")) {
                assertTrue(text.contains(expected), "the PDF says " + expected + ":\n" + text);
            }
        }

        Page other = browser.signIn(url("/portal/orders"), "casc-buyer", Tokens.PASSWORD);
        assertEquals(404, other.request().get(url("/portal/acknowledgments/" + id + "/pdf")).status(),
                "another distributor cannot fetch the PDF by its URL");
        assertEquals(404, other.navigate(url("/portal/acknowledgments/" + id)).status());
    }

    @Test
    void submitting_the_same_order_form_twice_makes_one_order() {
        Page buyer = browser.signIn(url("/portal/orders/new"), "mapl-admin", Tokens.PASSWORD);
        String po = "E2E-TWICE-" + UUID.randomUUID().toString().substring(0, 6);
        FormData form = FormData.create()
                .set("csrf-token", buyer.locator("form.order-form input[name=csrf-token]").inputValue())
                .set("idempotencyKey", buyer.locator("input[name=idempotencyKey]").inputValue())
                .set("poNumber", po).set("shipTo", "MAPL-MTL").set("sku0", "HW-OSFP-800G-SR8")
                .set("quantity0", "40").set("date0", LocalDate.now().plusDays(15).toString());
        RequestOptions post = RequestOptions.create().setForm(form).setMaxRedirects(0);
        APIResponse first = buyer.request().post(url("/portal/orders"), post);
        APIResponse second = buyer.request().post(url("/portal/orders"), post);
        assertEquals(303, first.status());
        assertEquals(first.headers().get("location"), second.headers().get("location"),
                "the second submission lands on the same order");
        buyer.navigate(url("/portal/orders"));
        assertEquals(1, buyer.locator("#orders tbody tr").filter(new Locator.FilterOptions().setHasText(po)).count());
    }

    @Test
    void signing_out_ends_the_session_at_keycloak_too() {
        Page buyer = browser.signIn(url("/portal/orders"), "prdc-buyer", Tokens.PASSWORD);
        buyer.getByText("Sign out").click();
        buyer.waitForURL(u -> URI.create(u).getPath().equals("/"));
        assertTrue(buyer.locator("h1").textContent().contains("Supply you can see"));
        accessible(buyer);
        Browser.screenshot(buyer, "landing");
        buyer.navigate(url("/portal/orders"));
        assertTrue(buyer.locator("#username").isVisible(), "the next visit asks for a login again");
    }

    @Test
    void a_company_admin_keeps_addresses_sees_the_users_and_registers_a_webhook_that_delivers() throws Exception {
        Page admin = browser.signIn(url("/portal/orders"), "prdc-admin", Tokens.PASSWORD);
        admin.locator("nav a", new Page.LocatorOptions().setHasText("Company")).click();
        admin.waitForURL(u -> u.endsWith("/portal/admin"));
        // The users come from Keycloak: PRDC's two people with their roles, nobody of another company.
        Locator people = admin.locator("#people tbody tr");
        assertEquals(List.of("prdc-admin", "prdc-buyer"), people.all().stream().map(r -> r.getAttribute("data-user"))
                .toList());
        assertTrue(people.first().textContent().contains("admin"));
        assertTrue(admin.locator("#erp").textContent().contains("erp-prdc"));
        assertTrue(admin.locator("#erp").textContent().contains("/protocol/openid-connect/token"));

        // A new ship-to: a wrong country and no city are named, and what was typed stays.
        String suffix = "T" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        admin.locator("#add-ship-to summary").click();
        admin.locator("#st-code").fill(suffix);
        admin.locator("#st-name").fill("Prairie test dock");
        admin.locator("#st-line1").fill("1 Test Way");
        admin.locator("#st-region").fill("IA");
        admin.locator("#st-postal").fill("50309");
        admin.locator("#st-country").fill("U");
        admin.locator("#st-city").evaluate("e => e.removeAttribute('required')");
        admin.locator("#save-ship-to").click();
        String errors = admin.locator("#ship-to-errors").textContent();
        assertTrue(errors.contains("City: required") && errors.contains("Country: the two-letter code"), errors);
        assertEquals("Prairie test dock", admin.locator("#st-name").inputValue());
        admin.locator("#st-city").fill("Des Moines");
        admin.locator("#st-country").fill("US");
        admin.locator("#save-ship-to").click();
        admin.waitForURL(u -> u.contains("/portal/admin?message="));
        assertTrue(admin.locator("#flash").textContent().contains("PRDC-" + suffix));
        assertTrue(admin.locator("#ship-tos").textContent().contains("Prairie test dock"));
        admin.navigate(url("/portal/orders/new"));
        assertTrue(admin.locator("#shipTo option[value='PRDC-" + suffix + "']").count() == 1,
                "the new address can be chosen on an order");

        // A webhook endpoint: its secret shown once, then a delivery signed with it, listed on the page.
        try (com.halowill.partnerhub.app.notifications.WebhookReceiver erp =
                new com.halowill.partnerhub.app.notifications.WebhookReceiver()) {
            admin.navigate(url("/portal/admin"));
            admin.locator("#wh-url").fill(erp.url("/hooks"));
            admin.locator("#webhook-form input[value='commitment.changed']").uncheck();
            admin.locator("#webhook-form input[value='order.acknowledged']").uncheck();
            admin.locator("#webhook-form input[value='shipment.created']").uncheck();
            admin.locator("#register-webhook").click();
            String secret = admin.locator("#secret-value").textContent().strip();
            assertTrue(secret.length() >= 32, "a secret to sign with");
            Browser.screenshot(admin, "portal-webhook-secret");
            String order = com.halowill.partnerhub.app.api.PurchaseOrdersAccess.submit(Tokens.erp("prdc"),
                    UUID.randomUUID().toString(), "ADM-" + suffix, "PRDC-" + suffix, SKU, 10,
                    LocalDate.now().plusDays(30));
            io.restassured.RestAssured.given().auth().oauth2(Tokens.erp("prdc"))
                    .post("/api/v1/purchase-orders/" + order + "/cancel").then().statusCode(200);
            var got = erp.await("/hooks", "order.cancelled", 1, java.time.Duration.ofSeconds(15));
            assertEquals(1, got.size(), "the cancellation was delivered");
            assertEquals(com.halowill.partnerhub.app.notifications.WebhookReceiver.signature(secret, got.get(0).body()),
                    got.get(0).signature(), "signed with the secret the page showed");
            admin.navigate(url("/portal/admin"));
            Locator endpoint = admin.locator("section.endpoint").filter(new Locator.FilterOptions()
                    .setHasText(erp.url("/hooks")));
            assertTrue(endpoint.locator(".deliveries").textContent().contains("order.cancelled"));
            accessible(admin);
            Browser.screenshot(admin, "portal-company-admin");
            endpoint.locator("button", new Locator.LocatorOptions().setHasText("New signing secret")).click();
            String rotated = admin.locator("#secret-value").textContent().strip();
            assertTrue(rotated.length() >= 32 && !rotated.equals(secret), "a new secret, shown once");
            admin.navigate(url("/portal/admin"));
            endpoint = admin.locator("section.endpoint").filter(new Locator.FilterOptions()
                    .setHasText(erp.url("/hooks")));
            endpoint.locator("button", new Locator.LocatorOptions().setHasText("Remove")).click();
            admin.waitForURL(u -> u.contains("/portal/admin?message="));
            assertTrue(admin.locator("#flash").textContent().contains("removed"));
            assertEquals(0, admin.locator("section.endpoint").filter(new Locator.FilterOptions()
                    .setHasText(erp.url("/hooks"))).count());
        }

        // A buyer has no company admin: no link, and the page by URL says who it is for.
        Page buyer = browser.signIn(url("/portal/orders"), "prdc-buyer", Tokens.PASSWORD);
        assertEquals(0, buyer.locator("nav a", new Page.LocatorOptions().setHasText("Company")).count());
        assertEquals(403, buyer.navigate(url("/portal/admin")).status());
        assertTrue(buyer.locator("#forbidden").textContent().contains("for your company's admins"));
    }

    @Test
    void the_dashboard_shows_what_is_at_risk_what_ships_next_the_ltas_and_the_dates_halowill_moved() {
        // 100 units of a private product can be built in week 2. Asked for tomorrow, both of MAPL's orders are late;
        // the second asks for 80 when 40 are left, so 40 wait without a date.
        var w = supply.product("DASH", 1, java.util.Map.of(2, 100), 10_000);
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        String first = com.halowill.partnerhub.app.api.PurchaseOrdersAccess.submit(Tokens.erp("mapl"),
                UUID.randomUUID().toString(), "DASH-A-" + tag, "MAPL-MTL", w.sku(), 60, tomorrow);
        com.halowill.partnerhub.app.api.PurchaseOrdersAccess.submit(Tokens.erp("mapl"), UUID.randomUUID().toString(),
                "DASH-B-" + tag, "MAPL-MTL", w.sku(), 80, tomorrow);
        // HaloWill moves the first order a week later, with a reason.
        String ref = orders.find(OrderId.parse(first)).orElseThrow().lines().get(0).demandRef().value();
        UUID commitment = promises.forDemands(List.of(new DemandRef(ref))).get(0).id();
        promises.override(commitment, new com.halowill.partnerhub.commitments.OpsDecision(
                com.halowill.partnerhub.app.stack.PrivateSupply.friday(3), null, null,
                com.halowill.partnerhub.commitments.ReasonCode.LOGISTICS, "carrier capacity"), "ops-planner");

        Page buyer = browser.signIn(url("/portal"), "mapl-buyer", Tokens.PASSWORD);
        assertTrue(Integer.parseInt(buyer.locator("#at-risk-count").textContent().strip()) >= 2);
        Locator risky = buyer.locator("#at-risk tbody tr").filter(new Locator.FilterOptions().setHasText("DASH-B-" + tag));
        assertEquals(1, risky.count(), "the order asked for tomorrow is among the first at risk");
        assertTrue(risky.textContent().contains("40"), "its 40 units without a date");
        assertTrue(buyer.locator("#at-risk tbody tr").filter(new Locator.FilterOptions().setHasText("DASH-A-" + tag))
                .count() == 1, "the moved order ships late too");
        List<String> dates = buyer.locator("#shipments tbody tr td:first-child").allTextContents();
        assertTrue(!dates.isEmpty(), "the next shipments");
        assertEquals(dates.stream().sorted().toList(), dates, "soonest first");
        assertTrue(buyer.locator("#ltas").textContent().contains("LTA-MAPL-400DR4-26H1"), "MAPL's LTA with its figures");
        buyer.waitForFunction("() => document.getElementById('lta-chart').chart !== undefined");
        String notice = buyer.locator("#notices li").first().textContent();
        assertTrue(notice.contains("DASH-A-" + tag) && notice.contains("Logistics") && notice.contains("carrier capacity")
                && notice.contains("now 60 ship "), notice);
        accessible(buyer);
        Browser.screenshot(buyer, "portal-dashboard");
        buyer.locator("#notices li a").first().click();
        buyer.waitForURL(u -> u.contains("/portal/orders/" + first));
    }

    @Test
    void the_portal_pages_pass_an_automated_accessibility_check() {
        Page buyer = browser.signIn(url("/portal/catalog"), "mapl-buyer", Tokens.PASSWORD);
        for (String path : List.of("/portal", "/portal/catalog", "/portal/orders/new", "/portal/orders", "/")) {
            buyer.navigate(url(path));
            accessible(buyer);
        }
    }
}
