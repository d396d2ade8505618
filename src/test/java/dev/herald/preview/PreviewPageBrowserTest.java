package dev.herald.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Drives the preview page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code .ci/run}): pick a trigger, paste an event, submit, read the bubble; saves
 * {@code target/screenshots/preview.png}. Without the browser it fails saying how to install it, unless
 * {@code -Dbrowser-tests=false}.
 */
@QuarkusTest
@TestProfile(SamplePreviewProfile.class)
class PreviewPageBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("herald.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("herald.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOT = Path.of("target/screenshots/preview.png");

    static ChromeDriver browser;
    static Path profile;

    @TestHTTPResource("/preview")
    URL page;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean wanted = !"false".equalsIgnoreCase(System.getProperty("browser-tests", "true"));
        Assumptions.assumeTrue(wanted, "browser tests switched off with -Dbrowser-tests=false");
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The preview page browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + ". Install them with: apt-get update && apt-get install -y chromium "
                    + "chromium-driver (.ci/run does), or skip this test with -Dbrowser-tests=false");
        }
        profile = Files.createTempDirectory("herald-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void pickATriggerPasteAnEventAndSeeTheBubble() throws IOException {
        browser.get(page.toString());
        assertEquals("Herald preview", browser.findElement(By.tagName("h1")).getText());

        new Select(browser.findElement(By.id("trigger"))).selectByValue("order.shipped");
        WebElement event = browser.findElement(By.id("event"));
        event.clear();
        event.sendKeys(Files.readString(Path.of("src/test/resources/events/order.shipped.json")));
        browser.findElement(By.id("preview")).click();

        // the form posts and a new page loads: wait for it rather than racing it (slow under load on 2 cores)
        By result = By.cssSelector(".notification[data-name='order-shipped']");
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(result));
        } catch (TimeoutException e) {
            throw new AssertionError("no rendered notification after submitting; the page says:\n"
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
        WebElement notification = browser.findElement(result);
        assertEquals("ready", notification.getAttribute("data-status"));
        assertEquals("order.shipped",
                new Select(browser.findElement(By.id("trigger"))).getFirstSelectedOption().getAttribute("value"));
        WebElement bubble = notification.findElement(By.cssSelector(".chat .bubble"));
        assertEquals("https://cdn.shop.example/items/headphones.jpg",
                bubble.findElement(By.cssSelector("img.header-image")).getAttribute("src"));
        assertEquals("Merhaba Mehmet, ORD-12345 numaralı siparişiniz (1.499,99 TL) yola çıktı.",
                bubble.findElement(By.cssSelector(".body")).getText());
        assertEquals("Bizi tercih ettiğiniz için teşekkürler", bubble.findElement(By.cssSelector(".footer")).getText());

        List<WebElement> buttons = notification.findElements(By.cssSelector(".buttons .bubble-button"));
        assertEquals(2, buttons.size());
        assertEquals("url", buttons.get(0).getAttribute("data-type"));
        assertTrue(buttons.get(0).getText().startsWith("Takip"), buttons.get(0).getText());
        assertTrue(buttons.get(0).getText().contains("https://shop.example/track/ORD-12345-7f3a"));
        assertEquals("quick_reply", buttons.get(1).getAttribute("data-type"));
        assertTrue(buttons.get(1).getText().startsWith("Dur"), buttons.get(1).getText());

        assertEquals("tr", notification.findElement(By.cssSelector(".language")).getText());
        String request = notification.findElement(By.cssSelector("pre.request")).getText();
        assertTrue(request.contains("\"phone_number\" : \"+905321112233\""), request);
        assertTrue(request.contains("\"name\" : \"order_shipped\""), request);

        screenshot();
    }

    private static void screenshot() throws IOException {
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 800), 4000)));
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
