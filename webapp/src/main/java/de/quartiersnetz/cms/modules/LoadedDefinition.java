package de.quartiersnetz.cms.modules;

import java.util.Map;

/**
 * A definition file while the registry is being built: its tree is replaced as decorations and content-type
 * generation are applied.
 */
final class LoadedDefinition {

    final DefinitionFile file;
    /** The {@code !content-type} directive of an app root, or null. */
    final YamlDirective.ContentTypeApp contentTypeApp;
    Map<String, Object> tree;

    LoadedDefinition(DefinitionFile file, Map<String, Object> tree, YamlDirective.ContentTypeApp contentTypeApp) {
        this.file = file;
        this.tree = tree;
        this.contentTypeApp = contentTypeApp;
    }

    Definition toDefinition() {
        return new Definition(file.type(), file.module(), file.name(), file.id(), tree, file.path());
    }
}
