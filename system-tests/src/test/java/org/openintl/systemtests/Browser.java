package org.openintl.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium from the Debian packages ({@code apt-get install chromium chromium-driver}), driven through
 * its chromedriver: no browser download. Where neither is installed the test is skipped with that message. Pages are
 * photographed into {@code target/console-screenshots/}, and their weight and time measured with the browser's own
 * Navigation and Resource Timing.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final WebDriver driver;
    private final URI base;
    private final WebDriverWait wait;

    private Browser(WebDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** A new browser (its own cookies) on the console at {@code base}, {@code width} pixels wide. */
    static Browser open(URI base, int width, int height) {
        Optional<String> chromium = firstExisting("CHROME_BIN", CHROMIUM);
        Optional<String> chromedriver = firstExisting("CHROMEDRIVER", DRIVER);
        String missing = "no Chromium here: the console's browser tests need the Debian packages chromium and "
                + "chromium-driver (apt-get install -y chromium chromium-driver), or CHROME_BIN and CHROMEDRIVER";
        boolean installed = chromium.isPresent() && chromedriver.isPresent();
        // CI installs the browser and sets INTL_BROWSER_TESTS=required: there a missing browser fails, never skips
        if ("required".equals(System.getenv("INTL_BROWSER_TESTS")) && !installed) {
            throw new IllegalStateException(missing + " (INTL_BROWSER_TESTS=required)");
        }
        Assumptions.assumeTrue(installed, missing);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get());
        options.addArguments(
                "--headless=new",
                // as root in a container there is no user namespace for the sandbox
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=" + width + "," + height,
                "--lang=zh-CN");
        // the language a Chinese office's browsers ask for: the console starts in Chinese
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver.get()).toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), base);
    }

    void go(String path) {
        driver.get(base.resolve(path).toString());
    }

    void signIn(ConsoleUsers.User user) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(user.name());
        driver.findElement(By.id("password")).sendKeys(user.password());
        driver.findElement(By.id("signin")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
    }

    WebElement find(String id) {
        try {
            return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        } catch (TimeoutException e) {
            // say what the page shows instead: a CI log has no browser to look at
            screenshot("missing-" + id);
            throw new AssertionError(
                    "no element #" + id + " on " + driver.getCurrentUrl() + " (\"" + driver.getTitle()
                            + "\") after 30 s; the page reads:\n" + visibleText(),
                    e);
        }
    }

    private String visibleText() {
        Object text =
                ((JavascriptExecutor) driver).executeScript("return document.body ? document.body.innerText : ''");
        String all = String.valueOf(text).strip();
        return all.length() > 2000 ? all.substring(0, 2000) + " ..." : all;
    }

    boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    boolean hasCss(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    /** A date field: typed through script, since a date input's typing order follows the browser's locale. */
    void date(String id, String isoDate) {
        WebElement field = find(id);
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))",
                        field,
                        isoDate);
    }

    void choose(String id, String value) {
        new Select(find(id)).selectByValue(value);
    }

    /**
     * Clicks and waits until the next page has replaced this one: the old page carries a mark that a new document does
     * not have (asking the driver whether the old element went stale races with the page being replaced).
     */
    void clickAndLoad(String id) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.__beforeClick = true");
        find(id).click();
        wait.until(d -> Boolean.TRUE.equals(
                js.executeScript("return window.__beforeClick === undefined && document.readyState === 'complete'")));
    }

    String text(String id) {
        return find(id).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String title() {
        return driver.getTitle();
    }

    String html() {
        return driver.getPageSource();
    }

    WebDriverWait waiting() {
        return wait;
    }

    WebDriver driver() {
        return driver;
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page as the browser loaded it: bytes over the wire (document and every resource; 0 for what came from its
     * cache), bytes decoded, requests, and milliseconds until DOMContentLoaded and the load event.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> pageTiming() {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                        const n = performance.getEntriesByType('navigation')[0];
                        const r = performance.getEntriesByType('resource');
                        const sum = (f) => r.reduce((a, e) => a + e[f], 0);
                        return {transferBytes: n.transferSize + sum('transferSize'),
                                decodedBytes: n.decodedBodySize + sum('decodedBodySize'),
                                requests: 1 + r.length,
                                domContentLoadedMs: Math.round(n.domContentLoadedEventEnd - n.startTime),
                                loadMs: Math.round(n.loadEventEnd - n.startTime)};""");
    }

    /** What the browser logged as refused by the Content Security Policy (an inline script would be). */
    List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Optional<String> firstExisting(String env, List<String> candidates) {
        String configured = System.getenv(env);
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Optional.of(configured);
        }
        return candidates.stream().filter(c -> Files.isExecutable(Path.of(c))).findFirst();
    }
}
