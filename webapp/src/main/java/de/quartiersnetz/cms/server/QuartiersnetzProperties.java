package de.quartiersnetz.cms.server;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator settings under {@code quartiersnetz.*}; each can also be given as an environment variable
 * (e.g. {@code QUARTIERSNETZ_DATA_DIR}).
 *
 * @param dataDir           where the repository lives (author and live Oak segment stores); created if missing
 * @param lightModules      the folder whose sub-folders are Magnolia light modules
 * @param superuserPassword password of the {@code superuser} account; generated and printed once when empty
 * @param languages         content languages, the first is the default stored under the plain property name
 * @param demoContent       on first start with an empty repository, import and publish every light module's
 *                          {@code bootstrap/} files
 * @param watchLightModules reload definitions when light-module files change (hot reload)
 */
@ConfigurationProperties("quartiersnetz")
public record QuartiersnetzProperties(Path dataDir, Path lightModules, String superuserPassword,
                                      List<String> languages, Boolean demoContent, Boolean watchLightModules) {
    public QuartiersnetzProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        lightModules = lightModules == null ? Path.of("light-modules") : lightModules;
        languages = languages == null || languages.isEmpty() ? List.of("de", "en") : List.copyOf(languages);
        demoContent = demoContent == null || demoContent;
        watchLightModules = watchLightModules == null || watchLightModules;
    }
}
