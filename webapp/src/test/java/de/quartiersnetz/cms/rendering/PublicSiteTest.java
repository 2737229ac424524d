package de.quartiersnetz.cms.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestLightModules;

/** The public site over HTTP on the demo content published at first start. */
@CmsServerTest
class PublicSiteTest {
    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("quartiersnetz.data-dir", () -> temp.resolve("data").toString());
        registry.add("quartiersnetz.light-modules", () -> TestLightModules.copyTo(temp.resolve("modules")).toString());
        registry.add("quartiersnetz.watch-light-modules", () -> "false");
        registry.add("quartiersnetz.superuser-password", () -> "Site-Test-2026");
    }

    @LocalServerPort
    int port;

    /** Every seed item: workspace and name, from the demo bootstrap files. */
    static List<String[]> seedItems() throws Exception {
        List<String[]> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestLightModules.SOURCE.resolve("quartiersnetz-demo/bootstrap"))) {
            for (Path file : files.sorted().toList()) {
                String[] parts = file.getFileName().toString().split("\\.");
                if (!parts[0].equals("website")) {
                    items.add(new String[] {parts[0], parts[1]});
                }
            }
        }
        return items;
    }

    static final Map<String, String> PREFIX = Map.of("projects", "/projekte", "networks", "/netzwerke",
            "workingGroups", "/arbeitskreise", "news", "/aktuelles", "officeHours", "/sprechzeiten");

    @Test
    void everySectionPageAndEveryDetailPageRenders() throws Exception {
        SiteClient site = new SiteClient(port);
        List<String> failures = new ArrayList<>();
        List<String> paths = new ArrayList<>(List.of("/", "/netzwerke", "/projekte", "/arbeitskreise", "/aktuelles",
                "/sprechzeiten", "/suche", "/suche?q=Beratungen", "/barrierefreiheit", "/projekte?city=Chemnitz",
                "/projekte?network=lag-sachsen", "/projekte?topic=neighbourhoodManagement", "/aktuelles?kind=event"));
        for (String[] item : seedItems()) {
            paths.add(PREFIX.get(item[0]) + "/" + item[1]);
        }
        for (String path : paths) {
            HttpResponse<String> response = site.get(path);
            if (response.statusCode() != 200 || !response.body().contains("<html lang=\"de\">")) {
                failures.add(path + " → " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
        }
        assertThat(failures).isEmpty();
    }
}
