package com.halowill.partnerhub.app.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Debian's headless Chromium driven by Playwright, with a sign-in through the real Keycloak login page. */
public final class Browser implements AutoCloseable {

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        playwright = Playwright.create();
        chromium = playwright.chromium().launch(new com.microsoft.playwright.BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("partnerhub.chromium", "/usr/bin/chromium")))
                .setHeadless(true).setArgs(ARGS));
    }

    /** A fresh browser session (its own cookies) signed in as the user, landed on {@code url}. */
    public Page signIn(String url, String username, String password) {
        Page page = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1366, 900)).newPage();
        page.navigate(url);
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.waitForURL(u -> u.startsWith(url.substring(0, url.indexOf('/', 8))));
        return page;
    }

    static void screenshot(Page page, String name) {
        Path dir = Paths.get(System.getProperty("partnerhub.screenshots", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }

    /** What a person sees first: the viewport only (the catalog also lists products other tests made). */
    static void screenshotTop(Page page, String name) {
        Path dir = Paths.get(System.getProperty("partnerhub.screenshots", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")));
    }

    static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
