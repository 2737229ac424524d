package de.quartiersnetz.cms.modules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces {@code !include} and {@code !inherit} directives with the (recursively resolved) content of the
 * referenced file, deep-merging the keys written next to the tag over it. A root {@code !content-type} directive
 * of an app is kept, with its keys resolved. One instance serves one load: parsed files are cached.
 */
final class IncludeResolver {

    private final Path root;
    private final MagnoliaYamlReader reader;
    private final Map<Path, Object> parsed = new HashMap<>();
    private final Map<Path, DefinitionException> unreadable = new HashMap<>();

    IncludeResolver(Path lightModulesDir, MagnoliaYamlReader reader) {
        this.root = lightModulesDir.toAbsolutePath().normalize();
        this.reader = reader;
    }

    /** The resolved tree of a definition file: a map, a root {@link YamlDirective.ContentTypeApp}, or null if empty. */
    Object resolve(DefinitionFile file) throws DefinitionException {
        Path path = file.path().toAbsolutePath().normalize();
        Object raw = parse(path);
        Deque<Path> chain = new ArrayDeque<>();
        chain.push(path);
        return resolve(raw, file.type(), chain, true);
    }

    private Object resolve(Object raw, String type, Deque<Path> chain, boolean atRoot) throws DefinitionException {
        if (raw instanceof Map<?, ?> map) {
            Map<String, Object> copy = raw instanceof Replacing ? new Replacing.Mapping(Map.of()) : new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                copy.put(String.valueOf(entry.getKey()), resolve(entry.getValue(), type, chain, false));
            }
            return copy;
        }
        if (raw instanceof List<?> list) {
            List<Object> copy = raw instanceof Replacing ? new Replacing.Sequence(List.of()) : new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(resolve(item, type, chain, false));
            }
            return copy;
        }
        if (raw instanceof YamlDirective.Include include) {
            Path target = locate(include.path(), include.line(), "included file");
            Object included = resolveFile(target, "included file", type, chain, include.line());
            return withOverlay(included, include.overlay(), include.path(), include.line(), type, chain);
        }
        if (raw instanceof YamlDirective.Inherit inherit) {
            Path target = locateDefinition(inherit, type);
            Object inherited = resolveFile(target, "inherited definition", type, chain, inherit.line());
            return withOverlay(inherited, inherit.overlay(), inherit.reference(), inherit.line(), type, chain);
        }
        if (raw instanceof YamlDirective.ContentTypeApp app) {
            if (!atRoot || !"apps".equals(type)) {
                throw new DefinitionException(app.line(),
                        "'!content-type:" + app.contentType() + "' is only allowed on the root of a file in apps/");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> overlay = (Map<String, Object>) resolve(app.overlay(), type, chain, false);
            return new YamlDirective.ContentTypeApp(app.contentType(), app.m5(), overlay, app.line());
        }
        return raw;
    }

    private Object resolveFile(Path target, String what, String type, Deque<Path> chain, int line)
            throws DefinitionException {
        if (chain.contains(target)) {
            throw DefinitionException.cycle(line, cycle(chain, target));
        }
        Object raw;
        try {
            raw = parse(target);
        } catch (DefinitionException e) {
            throw nested(what, target, e, line);
        }
        chain.push(target);
        try {
            return resolve(raw, type, chain, false);
        } catch (DefinitionException e) {
            throw nested(what, target, e, line);
        } finally {
            chain.pop();
        }
    }

    private Object withOverlay(Object base, Map<String, Object> overlay, String reference, int line, String type,
                               Deque<Path> chain) throws DefinitionException {
        if (overlay == null) {
            return base;
        }
        if (base != null && !(base instanceof Map)) {
            throw new DefinitionException(line, "'" + reference + "' is not a mapping, so the keys written next to it"
                    + " cannot be merged into it");
        }
        Object resolvedOverlay = resolve(overlay, type, chain, false);
        return DeepMerge.merge(base == null ? new LinkedHashMap<String, Object>() : base, resolvedOverlay);
    }

    private Path locate(String resourcePath, int line, String what) throws DefinitionException {
        String relative = resourcePath.strip().replaceFirst("^/+", "");
        if (relative.isEmpty()) {
            throw new DefinitionException(line, what + " path is empty");
        }
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root)) {
            throw new DefinitionException(line, what + " path '" + resourcePath
                    + "' points outside the light-modules directory; not read");
        }
        if (!Files.isRegularFile(target)) {
            throw new DefinitionException(line, what + " '" + resourcePath + "' not found");
        }
        return target;
    }

    private Path locateDefinition(YamlDirective.Inherit inherit, String type) throws DefinitionException {
        String reference = inherit.reference();
        if (reference.startsWith("/")) {
            return locate(reference.endsWith(".yaml") ? reference : reference + ".yaml", inherit.line(), "inherited definition");
        }
        int colon = reference.indexOf(':');
        if (colon <= 0 || colon == reference.length() - 1) {
            throw new DefinitionException(inherit.line(), "'!inherit:" + reference
                    + "' must name <module>:<name> or an absolute path /<module>/<type>/<path>.yaml");
        }
        String resourcePath = "/" + reference.substring(0, colon) + "/" + type + "/" + reference.substring(colon + 1) + ".yaml";
        try {
            return locate(resourcePath, inherit.line(), "inherited definition");
        } catch (DefinitionException e) {
            if (!e.reason().endsWith("not found")) {
                throw e;
            }
            throw new DefinitionException(inherit.line(), "inherited definition '" + reference + "' not found (looked for "
                    + resourcePath + ")");
        }
    }

    private Object parse(Path path) throws DefinitionException {
        DefinitionException known = unreadable.get(path);
        if (known != null) {
            throw known;
        }
        if (parsed.containsKey(path)) {
            return parsed.get(path);
        }
        try {
            Object raw = reader.read(path);
            parsed.put(path, raw);
            return raw;
        } catch (DefinitionException e) {
            unreadable.put(path, e);
            throw e;
        }
    }

    private DefinitionException nested(String what, Path target, DefinitionException cause, int line) {
        return cause.seenFrom(what, display(target), line);
    }

    private String cycle(Deque<Path> chain, Path target) {
        List<String> names = new ArrayList<>();
        for (Iterator<Path> it = chain.descendingIterator(); it.hasNext(); ) {
            names.add(display(it.next()));
        }
        names.add(display(target));
        return String.join(" -> ", names);
    }

    private String display(Path path) {
        return "/" + root.relativize(path).toString().replace('\\', '/');
    }
}
