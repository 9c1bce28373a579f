package dev.kontor.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the account-console tests do in the browser: wait for, find, click and type by data-testid. */
final class ConsoleUi {

    static final By HEADING = By.cssSelector("h1[data-testid='page-heading']");
    static final By ADDRESS_CARDS = testId("kontor-address-card");

    private ConsoleUi() {
    }

    static void fillAddress(WebDriver driver, String firstName, String street, String houseNumber, String country,
                                    String postcode, String city) {
        WebElement form = awaitTestId(driver, "kontor-address-form");
        type(form.findElement(By.id("kontor-address-firstName")), firstName);
        type(form.findElement(By.id("kontor-address-lastName")), "Schmidt");
        type(form.findElement(By.id("kontor-address-street")), street);
        type(form.findElement(By.id("kontor-address-houseNumber")), houseNumber);
        new Select(form.findElement(By.id("kontor-address-country"))).selectByValue(country);
        type(form.findElement(By.id("kontor-address-postcode")), postcode);
        type(form.findElement(By.id("kontor-address-city")), city);
    }

    /** Replaces an input's value the way a user does (select all, type), so React sees every change. */
    static void type(WebElement input, String value) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    /** The wizard's primary footer button: Next, and Submit on the last step. */
    static void next(WebDriver driver) {
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".pf-v5-c-wizard__footer button.pf-m-primary"))).click();
    }

    static WebElement card(WebDriver driver, String text) {
        return row(driver, ADDRESS_CARDS, text);
    }

    static WebElement row(WebDriver driver, By rows, String text) {
        return driver.findElements(rows).stream().filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no element with \"" + text + "\": " + driver.findElement(By.tagName("body")).getText()));
    }

    static void awaitCount(WebDriver driver, By by, int count) {
        try {
            new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.numberOfElementsToBe(by, count));
        } catch (TimeoutException e) {
            throw new AssertionError("expected " + count + " × " + by + " at " + driver.getCurrentUrl() + ": "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    static void awaitStatus(WebDriver driver, String testId, String status) {
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d -> {
            List<WebElement> labels = d.findElements(testId(testId));
            return !labels.isEmpty() && status.equals(labels.get(0).getAttribute("data-status"));
        });
    }

    static WebElement awaitTestId(WebDriver driver, String testId) {
        try {
            return new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(testId(testId)));
        } catch (TimeoutException e) {
            throw new AssertionError("no " + testId + " at " + driver.getCurrentUrl() + ": "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** The page heading is there and nothing is loading any more. */
    static void awaitSettled(WebDriver driver) {
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d -> !d.findElements(HEADING).isEmpty()
                && d.findElements(By.cssSelector("[data-testid$='-loading'], .pf-v5-c-skeleton, .pf-v5-c-spinner")).isEmpty());
    }

    static void click(WebDriver driver, String testId) {
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.elementToBeClickable(testId(testId))).click();
    }

    static By testId(String testId) {
        return By.cssSelector("[data-testid='" + testId + "']");
    }

    /** Visible text with the non-breaking spaces Intl puts into money and dates made plain. */
    static String text(WebElement element) {
        return element.getText().replace('\u00a0', ' ').replace('\u202f', ' ').trim();
    }

    static void screenshot(WebDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
