/**
 * Light modules: discovery of Magnolia light modules on disk, the Magnolia YAML dialect
 * ({@code !include}, {@code !inherit}, {@code !override}, {@code !content-type}), decorations,
 * i18n bundles and a {@link de.quartiersnetz.cms.modules.DefinitionRegistry} that is swapped
 * atomically on every (re)load. Plain Java on purpose: the Spring wiring lives elsewhere.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@code LightModuleLoader} - full scan into its registry; bad files become problems, never exceptions.</li>
 *   <li>{@code LightModuleWatcher} - polls the directory and calls {@code load()} on any change.</li>
 *   <li>{@code DefinitionRegistry} - read side: content types, apps, definitions by type, problems, i18n.</li>
 *   <li>{@code MagnoliaYaml} - {@code typeOf} ({@code $type} = alias of {@code class}) and {@code namedItems}
 *       (lists of named items = maps keyed by name) for code reading definition trees.</li>
 * </ul>
 *
 * <h2>One load, in order ({@code SnapshotBuilder})</h2>
 * <ol>
 *   <li>{@code ModuleScanner} lists modules and files; {@code MagnoliaYamlReader} parses each file into maps,
 *       lists and {@code YamlDirective}s; {@code IncludeResolver} resolves includes and inherits
 *       ({@code DeepMerge} merges the keys next to a tag).</li>
 *   <li>{@code DecorationApplier} decorates every type but apps; {@code ContentTypeReader} reads content types.</li>
 *   <li>{@code AppGenerator} / {@code FieldGenerator} build {@code !content-type} apps; apps are decorated.</li>
 *   <li>{@code I18nBundles} merges message bundles; {@code RegistrySnapshot} indexes it all.</li>
 * </ol>
 *
 * <h2>Gotchas</h2>
 * <ul>
 *   <li>Plain (unnamed) lists are appended when merged; use {@code !override} to replace them.</li>
 *   <li>{@code !inherit} reads the parent file, not the registered (decorated) parent definition.</li>
 *   <li>Decorations of module configuration ({@code decorations/<module>/config.yaml}) are reported, not applied.</li>
 *   <li>YAML timestamps stay strings; numbers and booleans keep SnakeYAML's types.</li>
 * </ul>
 */
package de.quartiersnetz.cms.modules;
