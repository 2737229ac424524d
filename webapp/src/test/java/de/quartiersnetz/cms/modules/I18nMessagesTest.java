package de.quartiersnetz.cms.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class I18nMessagesTest {

    @TempDir
    Path tempDir;

    private DefinitionRegistry registry;

    @BeforeEach
    void load() {
        registry = LightModulesDir.copyOf("basic", tempDir).load();
    }

    @Test
    void looksUpTheMessageOfTheRequestedLocale() {
        assertThat(registry.message("home.title", Locale.GERMAN)).contains("Startseite");
        assertThat(registry.message("home.title", Locale.ENGLISH)).contains("Home");
        assertThat(registry.message("home.title", Locale.forLanguageTag("de-CH"))).contains("Home (Swiss)");
    }

    @Test
    void fallsBackFromTheCountryToItsLanguage() {
        assertThat(registry.message("site.greeting", Locale.forLanguageTag("de-AT"))).contains("Grüß Gott");
    }

    @Test
    void fallsBackToGermanThenEnglishThenTheBundleWithoutLocale() {
        assertThat(registry.message("shared.only.de", Locale.FRENCH)).contains("Nur deutsch");
        assertThat(registry.message("shared.only.en", Locale.GERMAN)).contains("English only");
        assertThat(registry.message("shared.only.root", Locale.ENGLISH)).contains("Root only");
        assertThat(registry.message("home.title", Locale.FRENCH)).contains("Startseite");
        assertThat(registry.message("home.title", null)).contains("Startseite");
    }

    @Test
    void mergesTheBundlesOfAllModules() {
        assertThat(registry.message("extras.title", Locale.GERMAN)).contains("Extras");
        assertThat(registry.message("no.such.key", Locale.GERMAN)).isEmpty();
    }

    @Test
    void readsBundlesAsUtf8AndStillAcceptsLatin1Files() throws Exception {
        LightModulesDir dir = LightModulesDir.in(tempDir.resolve("other"));
        Files.createDirectories(dir.path("m/i18n"));
        Files.write(dir.path("m/i18n/m-messages_de.properties"), "a=Straße\n".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.path("m/i18n/legacy_de.properties"), "b=Größe\n".getBytes(StandardCharsets.ISO_8859_1));

        DefinitionRegistry other = dir.load();

        assertThat(other.message("a", Locale.GERMAN)).contains("Straße");
        assertThat(other.message("b", Locale.GERMAN)).contains("Größe");
        assertThat(other.problems()).isEmpty();
    }

    @Test
    void reportsAnUnreadableBundleAndKeepsTheOthers() throws Exception {
        LightModulesDir dir = LightModulesDir.in(tempDir.resolve("other"))
                .write("m/i18n/good_en.properties", "ok=fine")
                .write("m/i18n/bad_en.properties", "broken=\\uZZZZ");

        DefinitionRegistry other = dir.load();

        assertThat(other.message("ok", Locale.ENGLISH)).contains("fine");
        assertThat(other.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(dir.path("m/i18n/bad_en.properties"));
            assertThat(problem.message()).startsWith("light module 'm', i18n/bad_en.properties: cannot be read (")
                    .endsWith("); bundle ignored");
        });
    }
}
