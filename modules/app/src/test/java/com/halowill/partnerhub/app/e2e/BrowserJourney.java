package com.halowill.partnerhub.app.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** What every browser journey shares: one Chromium for the class, the app's address, the accessibility check. */
abstract class BrowserJourney {

    @TestHTTPResource("/")
    URL base;

    static Browser browser;

    @BeforeAll
    static void launch() {
        browser = new Browser();
    }

    @AfterAll
    static void shut() {
        browser.close();
    }

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** axe-core finds no WCAG 2 A or AA violation on the page as it stands. */
    static void accessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa")).analyze();
        assertTrue(results.getViolations().isEmpty(), page.url() + ": " + results.getViolations().stream()
                .map(v -> v.getId() + " (" + v.getNodes().size() + ")").collect(Collectors.joining(", ")));
    }
}
