package de.quartiersnetz.cms.modules;

import java.nio.file.Path;
import java.util.List;

/** What {@link ModuleScanner} found in one module folder, each list sorted by path. */
record ScannedModule(LightModule module, List<DefinitionFile> definitionFiles, List<Path> bootstrapFiles,
                     List<Path> i18nFiles) {
}
