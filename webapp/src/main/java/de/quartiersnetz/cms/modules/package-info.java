/**
 * Light modules: discovery of Magnolia light modules on disk, the Magnolia YAML dialect
 * ({@code !include}, {@code !inherit}, {@code !override}, {@code !content-type}), decorations,
 * i18n bundles and a {@link de.quartiersnetz.cms.modules.DefinitionRegistry} that is swapped
 * atomically on every (re)load.
 *
 * <p>Entry points: {@link de.quartiersnetz.cms.modules.LightModuleLoader} fills the registry,
 * {@link de.quartiersnetz.cms.modules.LightModuleWatcher} reloads it when files change.
 * Plain Java on purpose: the Spring wiring lives elsewhere.
 */
package de.quartiersnetz.cms.modules;
