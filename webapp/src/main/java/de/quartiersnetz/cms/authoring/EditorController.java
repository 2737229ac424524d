package de.quartiersnetz.cms.authoring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.quartiersnetz.cms.content.ContentItem;
import de.quartiersnetz.cms.content.ContentLanguages;
import de.quartiersnetz.cms.content.ContentReader;
import de.quartiersnetz.cms.content.ContentRef;
import de.quartiersnetz.cms.content.ContentValidationException;
import de.quartiersnetz.cms.content.ContentWriter;
import de.quartiersnetz.cms.content.FieldError;
import de.quartiersnetz.cms.content.ItemSummary;
import de.quartiersnetz.cms.modules.AppDefinition;
import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.modules.PropertyKind;
import de.quartiersnetz.cms.repository.ContentNotFoundException;
import de.quartiersnetz.cms.repository.WorkspacePaths;
import de.quartiersnetz.cms.search.ContentIndex;
import de.quartiersnetz.cms.search.ContentIndexes;

/**
 * The content editor of a content app: a form generated from the content type and the app's form fields, for
 * new items and existing ones. Saving goes through {@link ContentWriter} only; its validation errors show the
 * form again (422) with every message at its field and everything typed kept.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping(EditorController.APPS + "/{appName}")
class EditorController {
    static final String APPS = "/.magnolia/admincentral/apps";
    /** The flash attribute the app browser shows after a save. */
    static final String NOTICE = "notice";

    private final DefinitionRegistry registry;
    private final ContentReader reader;
    private final ContentWriter writer;
    private final ContentLanguages languages;
    private final MessageSource messages;
    private final ReferencePicker picker;
    private final ReferenceTargets referenceTargets;
    private final EditorFormBinder binder;
    private final ContentIndex authorIndex;

    EditorController(DefinitionRegistry registry, ContentReader reader, ContentWriter writer, ContentLanguages languages,
                     MessageSource messages, ReferencePicker picker, ReferenceTargets referenceTargets,
                     ContentIndexes indexes, de.quartiersnetz.cms.assets.AssetStore assets) {
        this.assets = assets;
        this.authorIndex = indexes.author();
        this.registry = registry;
        this.reader = reader;
        this.writer = writer;
        this.languages = languages;
        this.messages = messages;
        this.picker = picker;
        this.referenceTargets = referenceTargets;
        this.binder = new EditorFormBinder(languages);
    }

    @GetMapping("/new")
    String newItem(@PathVariable String appName, @RequestParam(defaultValue = "/") String parent, Model model,
                   Locale locale) {
        EditedApp app = app(appName);
        String folder = folder(app, parent);
        return show(model, locale, app, Screen.forNew(folder, ""), new LinkedHashMap<>(), List.of(), null, null);
    }

    @GetMapping("/edit")
    String edit(@PathVariable String appName, @RequestParam String path, Model model, Locale locale) {
        EditedApp app = app(appName);
        ContentItem item = reader.read(app.workspace(), path);
        return show(model, locale, app, Screen.forEdit(item), item.values(), List.of(), null, null);
    }

    @PostMapping("/new")
    String create(@PathVariable String appName, @RequestParam(defaultValue = "/") String parent,
                  @RequestParam MultiValueMap<String, String> parameters, Principal user, Model model, Locale locale,
                  RedirectAttributes redirect, HttpServletResponse response) {
        EditedApp app = app(appName);
        String folder = folder(app, parent);
        String typedName = Optional.ofNullable(parameters.getFirst(EditorFormBuilder.NAME_FIELD)).orElse("").strip();
        Map<String, Object> values = binder.bind(app.type(), parameters);
        Screen screen = Screen.forNew(folder, typedName);
        EditorAction action = EditorAction.parse(parameters.getFirst("_action"));
        if (action != null) {
            return showAfter(action, values, model, locale, app, screen);
        }
        String name = typedName.isEmpty()
                ? ItemNames.free(ItemNames.fromTitle(titleOf(app.type(), values)),
                        candidate -> reader.exists(app.workspace(), child(folder, candidate)))
                : typedName;
        try {
            ContentRef ref = writer.create(app.workspace(), folder, name, values, user.getName());
            return saved(app, ref.path(), titleOf(app.type(), values), parameters, redirect, locale);
        } catch (ContentValidationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, locale, app, screen, values, e.errors(), null, null);
        }
    }

    @PostMapping("/edit")
    String update(@PathVariable String appName, @RequestParam String path,
                  @RequestParam MultiValueMap<String, String> parameters, Principal user, Model model, Locale locale,
                  RedirectAttributes redirect, HttpServletResponse response) {
        EditedApp app = app(appName);
        ContentItem item = reader.read(app.workspace(), path);
        Map<String, Object> values = binder.bind(app.type(), parameters);
        Screen screen = Screen.forEdit(item);
        EditorAction action = EditorAction.parse(parameters.getFirst("_action"));
        if (action != null) {
            return showAfter(action, values, model, locale, app, screen);
        }
        try {
            writer.update(app.workspace(), item.path(), values, user.getName());
            return saved(app, item.path(), titleOf(app.type(), values), parameters, redirect, locale);
        } catch (ContentValidationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, locale, app, screen, values, e.errors(), null, null);
        }
    }

    /** The reference picker's results for one reference field ({@code related}, {@code links.target}). */
    @GetMapping("/pick")
    String pick(@PathVariable String appName, @RequestParam String field, @RequestParam(defaultValue = "") String q,
                Model model) {
        EditedApp app = app(appName);
        String workspace = referenceWorkspace(app, field);
        List<ItemSummary> results = picker.search(workspace, q);
        model.addAttribute("results", results);
        model.addAttribute("query", q.strip());
        return "editor-pick";
    }

    private String showAfter(EditorAction action, Map<String, Object> values, Model model, Locale locale,
                             EditedApp app, Screen screen) {
        EditorAction applied = action.applyTo(values);
        String status = messages.getMessage("editor.action.done." + action.verb(), null, "", locale);
        return show(model, locale, app, screen, values, List.of(), applied.focus(), status);
    }

    private String show(Model model, Locale locale, EditedApp app, Screen screen, Map<String, Object> values,
                        List<FieldError> errors, String focus, String status) {
        EditorTexts texts = new EditorTexts(messages, registry, locale);
        String base = APPS + "/" + app.definition().name();
        EditorFormBuilder builder = new EditorFormBuilder(app.type(), app.definition(), languages, texts,
                referenceTargets, this::referenceTitle, base + "/pick");
        String appLabel = texts.module(app.definition().label() != null ? app.definition().label()
                : app.definition().name() + ".app.label", app.definition().name());
        model.addAttribute("form", builder.build(values, errors, focus));
        model.addAttribute("appLabel", appLabel);
        model.addAttribute("isNew", screen.isNew());
        model.addAttribute("itemName", screen.name());
        model.addAttribute("itemPath", screen.path());
        model.addAttribute("heading", screen.isNew() ? texts.ui("editor.heading.new", appLabel)
                : texts.ui("editor.heading.edit", screen.title()));
        model.addAttribute("formAction", base + (screen.isNew() ? "/new?parent=" + encode(screen.folder())
                : "/edit?path=" + encode(screen.path())));
        model.addAttribute("cancelUrl", browserUrl(app, screen.folder()));
        model.addAttribute("actionStatus", status);
        return "editor";
    }

    private String saved(EditedApp app, String path, String title, MultiValueMap<String, String> parameters,
                         RedirectAttributes redirect, Locale locale) {
        // The list the editor returns to shows the saved item at once, not when the index has followed.
        authorIndex.applyNow(List.of(WorkspacePaths.absolute(app.workspace(), path)), false);
        redirect.addFlashAttribute(NOTICE, Notice.success(messages.getMessage("editor.saved", new Object[] {title}, locale)));
        if ("stay".equals(parameters.getFirst("_save"))) {
            return "redirect:" + APPS + "/" + app.definition().name() + "/edit?path=" + encode(path);
        }
        return "redirect:" + browserUrl(app, WorkspacePaths.parent(path));
    }

    private final de.quartiersnetz.cms.assets.AssetStore assets;

    private Optional<String> referenceTitle(String workspace, String identifier) {
        if (workspace.equals(de.quartiersnetz.cms.assets.AssetStore.WORKSPACE)) {
            return assets.find(de.quartiersnetz.cms.repository.Tree.AUTHOR, identifier)
                    .map(de.quartiersnetz.cms.assets.Asset::label);
        }
        if (registry.findContentTypeByWorkspace(workspace).isEmpty()) {
            return Optional.empty();
        }
        return reader.byIdentifiers(workspace, List.of(identifier)).stream().findFirst().map(ItemSummary::title);
    }

    private String referenceWorkspace(EditedApp app, String field) {
        String[] steps = field.split("\\.", 2);
        PropertyDefinition property = app.type().property(steps[0])
                .orElseThrow(() -> new IllegalArgumentException("'field': " + field + " is no field of this app"));
        Map<String, Object> formField = app.definition().formProperty(steps[0]);
        if (steps.length == 2 && app.type().kindOf(property) == PropertyKind.SUBMODEL) {
            formField = FieldWidgets.subFields(formField).getOrDefault(steps[1], Map.of());
            property = app.type().subModel(property.type()).flatMap(s -> s.property(steps[1]))
                    .orElseThrow(() -> new IllegalArgumentException("'field': " + field + " is no field of this app"));
        }
        PropertyDefinition reference = property;
        return referenceTargets.workspace(app.type(), reference, formField)
                .filter(workspace -> registry.findContentTypeByWorkspace(workspace).isPresent())
                .orElseThrow(() -> new IllegalArgumentException("'field': " + field + " is no reference to content"));
    }

    private EditedApp app(String appName) {
        AppDefinition app = registry.findApp(appName)
                .orElseThrow(() -> new ContentNotFoundException("there is no app '" + appName + "'"));
        ContentTypeDefinition type = Optional.ofNullable(app.contentType()).flatMap(registry::findContentType)
                .orElseThrow(() -> new ContentNotFoundException("the app '" + appName + "' edits no content type"));
        return new EditedApp(app, type);
    }

    private String folder(EditedApp app, String parent) {
        String folder = WorkspacePaths.normalise(parent);
        if (!reader.isFolder(app.workspace(), folder)) {
            throw new ContentNotFoundException("there is no folder " + app.workspace() + ":" + folder);
        }
        return folder;
    }

    /** The first text field in the default language, as lists show it; it also names new items. */
    private static String titleOf(ContentTypeDefinition type, Map<String, Object> values) {
        return type.properties().stream().findFirst()
                .filter(p -> type.kindOf(p) == PropertyKind.STRING && !p.multiple())
                .map(p -> values.get(p.name())).map(String::valueOf).orElse("");
    }

    private static String browserUrl(EditedApp app, String folder) {
        return APPS + "/" + app.definition().name() + "?path=" + encode(folder);
    }

    private static String child(String folder, String name) {
        return folder.equals("/") ? "/" + name : folder + "/" + name;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record EditedApp(AppDefinition definition, ContentTypeDefinition type) {
        String workspace() {
            return type.workspace();
        }
    }

    /** What the screen edits: a new item in a folder, or an existing item. */
    private record Screen(boolean isNew, String folder, String path, String name, String title) {
        static Screen forNew(String folder, String typedName) {
            return new Screen(true, folder, null, typedName, null);
        }

        static Screen forEdit(ContentItem item) {
            return new Screen(false, WorkspacePaths.parent(item.path()), item.path(), WorkspacePaths.name(item.path()),
                    item.title());
        }
    }
}
