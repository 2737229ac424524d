package de.quartiersnetz.cms.rendering;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.Node;

import org.springframework.stereotype.Component;

import de.quartiersnetz.cms.content.ContentLanguages;
import de.quartiersnetz.cms.modules.Definition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.repository.ContentNotFoundException;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * Renders pages of the {@code website} workspace with their page template, areas and components, reading one
 * tree inside one repository session. Used by the public site (live tree) and the preview (author tree).
 */
@Component
public class PageRenderer {
    public static final String WEBSITE = "website";
    private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private final ContentRepository repository;
    private final DefinitionRegistry registry;
    private final TemplateEngine engine;
    private final TemplateDefinitions definitions;
    private final ContentLanguages languages;
    private final Map<String, Function<RenderContext, Object>> functionSets = new HashMap<>();

    public PageRenderer(ContentRepository repository, DefinitionRegistry registry, TemplateEngine engine,
            TemplateDefinitions definitions, ContentLanguages languages) {
        this.repository = repository;
        this.registry = registry;
        this.engine = engine;
        this.definitions = definitions;
        this.languages = languages;
        repository.ensureWorkspace(WEBSITE);
    }

    /** Adds a function set (e.g. {@code searchfn}) to every template's model. */
    public void addFunctionSet(String name, Function<RenderContext, Object> factory) {
        functionSets.put(name, factory);
    }

    public TemplateDefinitions definitions() {
        return definitions;
    }

    /** One rendering request. */
    public record Request(Tree tree, String pagePath, Locale locale, boolean editMarkers,
            Map<String, String[]> parameters, String contextPath, Function<RenderContext, RenderContext.Links> links,
            Map<String, Object> extraModel, Map<String, String> nodesInModel) {
        public Request(Tree tree, String pagePath, Locale locale, boolean editMarkers, Map<String, String[]> parameters,
                String contextPath, Function<RenderContext, RenderContext.Links> links, Map<String, Object> extraModel) {
            this(tree, pagePath, locale, editMarkers, parameters, contextPath, links, extraModel, Map.of());
        }
    }

    /**
     * Renders a page; throws {@link ContentNotFoundException} when there is no page at the path and
     * {@link TemplateRenderException} when a template fails.
     */
    public String render(Request request) {
        return repository.read(request.tree(), "renderPage", session -> {
            String absolute = WorkspacePaths.absolute(WEBSITE, request.pagePath());
            if (!session.nodeExists(absolute) || !session.getNode(absolute).isNodeType("mgnl:page")) {
                throw new ContentNotFoundException("no page at website:" + request.pagePath());
            }
            Node page = session.getNode(absolute);
            RenderContext context = new RenderContext(session, request.tree(), request.locale(),
                    languages.defaultLanguage(), request.editMarkers(), request.parameters(), request.contextPath(),
                    request.links());
            Map<String, Object> extra = new HashMap<>(request.extraModel() == null ? Map.of() : request.extraModel());
            if (request.nodesInModel() != null) {
                for (Map.Entry<String, String> entry : request.nodesInModel().entrySet()) {
                    String ref = entry.getValue();
                    int colon = ref.indexOf(':');
                    String path = WorkspacePaths.absolute(ref.substring(0, colon), ref.substring(colon + 1));
                    if (session.nodeExists(path)) {
                        extra.put(entry.getKey(), new ContentMap(session.getNode(path), context));
                    }
                }
            }
            return renderPage(context, page, extra);
        });
    }

    String renderPage(RenderContext context, Node page, Map<String, Object> extraModel) {
        String templateId = NodePaths.template(page);
        Definition definition = definitions.find(templateId).orElseThrow(() -> new TemplateRenderException(null, 0,
                "Die Seite " + NodePaths.relative(page) + " nennt die unbekannte Seitenvorlage '" + templateId + "'.", null));
        context.mainContent(page);
        CmsDirectives directives = new CmsDirectives(this, context);
        StringWriter out = new StringWriter();
        Map<String, Object> model = model(context, directives, page, definition.tree());
        model.putAll(extraModel);
        directives.process(page, definition, definition.tree(), templateScript(definition.tree()), model, out);
        String html = out.toString();
        if (context.editMarkers()) {
            String marker = "<!-- cms:page content=\"" + WEBSITE + ":" + NodePaths.relative(page) + "\" dialog=\""
                    + CmsDirectives.attribute(TemplateDefinitions.dialog(definition)) + "\" -->";
            Matcher body = BODY.matcher(html);
            html = body.find() ? html.substring(0, body.end()) + "\n" + marker + html.substring(body.end())
                    : marker + "\n" + html;
        }
        return html;
    }

    Map<String, Object> model(RenderContext context, CmsDirectives directives, Node content, Map<String, Object> def) {
        TemplatingFunctions cmsfn = new TemplatingFunctions(context);
        Map<String, Object> model = new HashMap<>();
        model.put("content", content == null ? null : cmsfn.map(content));
        model.put("def", def);
        model.put("cmsfn", cmsfn);
        model.put("cms", directives.directives());
        model.put("ctx", new RequestContextModel(context));
        model.put("state", new RenderingState(context, cmsfn));
        model.put("i18n", new I18nModel(registry, context.locale()));
        functionSets.forEach((name, factory) -> model.put(name, factory.apply(context)));
        return model;
    }

    TemplateEngine engine() {
        return engine;
    }

    static String templateScript(Map<String, Object> def) {
        Object script = def.get("templateScript");
        return script == null ? null : script.toString();
    }
}
