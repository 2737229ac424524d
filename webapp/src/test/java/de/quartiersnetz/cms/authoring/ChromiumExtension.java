package de.quartiersnetz.cms.authoring;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.Page;

/**
 * One Chromium per test class, started before its first test and closed after its last:
 * {@code @RegisterExtension static final ChromiumExtension chromium = new ChromiumExtension();}
 */
public final class ChromiumExtension implements BeforeAllCallback, AfterAllCallback {
    private Chromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium = Chromium.launch();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    /** A page in a fresh browser context, see {@link Chromium#newPage()}. */
    public Page newPage() {
        return chromium.newPage();
    }
}
