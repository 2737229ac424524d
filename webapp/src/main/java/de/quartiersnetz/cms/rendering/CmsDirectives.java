package de.quartiersnetz.cms.rendering;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import de.quartiersnetz.cms.modules.Definition;
import de.quartiersnetz.cms.repository.RepositoryFailure;
import freemarker.core.Environment;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;

/**
 * The {@code cms} directives of one rendering: {@code [@cms.page/]}, {@code [@cms.area name="main"/]} and
 * {@code [@cms.component content=component/]}. With edit markers on they write the page editor's comments
 * around areas and components, as Magnolia's author instance does.
 */
final class CmsDirectives {
    private final PageRenderer renderer;
    private final RenderContext context;
    private final Deque<Frame> frames = new ArrayDeque<>();

    /** A definition being rendered (page, component or area) with its content node (may be null for areas). */
    private record Frame(Node node, Map<String, Object> def) {
    }

    CmsDirectives(PageRenderer renderer, RenderContext context) {
        this.renderer = renderer;
        this.context = context;
    }

    Map<String, Object> directives() {
        Map<String, Object> cms = new HashMap<>();
        cms.put("page", (TemplateDirectiveModel) (env, params, loopVars, body) -> {
            // The page marker is written right after <body> by the renderer; nothing here on the public site.
        });
        cms.put("area", (TemplateDirectiveModel) this::area);
        cms.put("component", (TemplateDirectiveModel) this::component);
        return cms;
    }

    void process(Node node, Definition definition, Map<String, Object> def, String script, Map<String, Object> model,
            Writer out) {
        if (script == null) {
            throw new TemplateRenderException(null, 0, "Die Vorlage '" + definition.id() + "' nennt kein templateScript.", null);
        }
        frames.push(new Frame(node, def));
        if (node != null) {
            context.contentStack().push(node);
        }
        try {
            renderer.engine().process(script, model, out);
        } finally {
            frames.pop();
            if (node != null) {
                context.contentStack().pop();
            }
        }
    }

    @SuppressWarnings({"rawtypes"})
    private void area(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws IOException, TemplateModelException {
        String name = string(params.get("name"));
        if (name == null || name.isBlank()) {
            throw new TemplateModelException("[@cms.area] braucht name=\"...\"");
        }
        Frame frame = frames.peek();
        Map<String, Map<String, Object>> areas = TemplateDefinitions.areas(frame.def());
        Map<String, Object> area = areas.get(name);
        if (area == null) {
            throw new TemplateModelException("Der Bereich '" + name + "' ist in dieser Vorlage nicht definiert (areas: "
                    + areas.keySet() + ").");
        }
        Node parent = frame.node();
        Node areaNode = child(parent, name);
        String type = TemplateDefinitions.areaType(area);
        List<Node> own = areaNode == null || "noComponent".equals(type) ? List.of() : components(areaNode, null);
        List<Node> inherited = "noComponent".equals(type) ? List.of() : inherited(parent, name, area);
        List<Node> all = new ArrayList<>(inherited);
        all.addAll(own);
        int max = TemplateDefinitions.maxComponents(area);
        if (all.size() > max) {
            all = all.subList(0, max);
        }
        Writer out = env.getOut();
        boolean markers = context.editMarkers() && !Boolean.FALSE.equals(area.get("editable"));
        String areaPath = parent == null ? "" : NodePaths.relative(parent) + "/" + name;
        if (markers) {
            out.write("<!-- cms:area content=\"" + attribute(NodePaths.workspace(parent) + ":" + areaPath)
                    + "\" name=\"" + attribute(name) + "\" type=\"" + attribute(type) + "\" availableComponents=\""
                    + attribute(String.join(",", TemplateDefinitions.availableComponents(area))) + "\""
                    + (max == Integer.MAX_VALUE ? "" : " maxComponents=\"" + max + "\"")
                    + (area.get("dialog") == null ? "" : " dialog=\"" + attribute(String.valueOf(area.get("dialog"))) + "\"")
                    + " -->");
        }
        String script = PageRenderer.templateScript(area);
        if (script != null) {
            Map<String, Object> model = renderer.model(context, this, areaNode, area);
            TemplatingFunctions cmsfn = (TemplatingFunctions) model.get("cmsfn");
            List<ContentMap> maps = all.stream().map(cmsfn::map).toList();
            model.put("components", maps);
            model.put("component", maps.isEmpty() ? null : maps.get(0));
            model.put("parentContent", parent == null ? null : cmsfn.map(parent));
            Frame areaFrame = new Frame(areaNode, area);
            frames.push(areaFrame);
            try {
                renderer.engine().process(script, model, out);
            } finally {
                frames.pop();
            }
        } else if (!"noComponent".equals(type)) {
            List<Node> shown = "single".equals(type) && !all.isEmpty() ? all.subList(0, 1) : all;
            for (Node component : shown) {
                renderComponent(component, inherited.contains(component), out);
            }
        }
        if (markers) {
            out.write("<!-- /cms:area -->");
        }
    }

    @SuppressWarnings({"rawtypes"})
    private void component(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws IOException, TemplateModelException {
        Object content = DeepUnwrap.unwrap((TemplateModel) params.get("content"));
        Node node = TemplatingFunctions.node(content);
        if (node == null) {
            throw new TemplateModelException("[@cms.component] braucht content=<Komponente>");
        }
        Object editable = params.get("editable");
        boolean readOnly = editable instanceof TemplateBooleanModel flag && !flag.getAsBoolean();
        renderComponent(node, readOnly || !isBelowPage(node), env.getOut());
    }

    /** Inherited components (not below the page being rendered) get no edit markers. */
    private boolean isBelowPage(Node node) {
        Node page = context.mainContent();
        return page == null || NodePaths.absolute(node).startsWith(NodePaths.absolute(page) + "/");
    }

    private void renderComponent(Node node, boolean readOnly, Writer out) throws IOException {
        String templateId = NodePaths.template(node);
        Definition definition = renderer.definitions().find(templateId).orElseThrow(() -> new TemplateRenderException(
                null, 0, "Die Komponente " + NodePaths.relative(node) + " nennt die unbekannte Vorlage '" + templateId
                        + "'.", null));
        boolean markers = context.editMarkers() && !readOnly;
        if (markers) {
            out.write("<!-- cms:component content=\"" + attribute(NodePaths.workspace(node) + ":" + NodePaths.relative(node))
                    + "\" dialog=\"" + attribute(TemplateDefinitions.dialog(definition)) + "\" -->");
        }
        Map<String, Object> model = renderer.model(context, this, node, definition.tree());
        process(node, definition, definition.tree(), PageRenderer.templateScript(definition.tree()), model, out);
        if (markers) {
            out.write("<!-- /cms:component -->");
        }
    }

    private List<Node> inherited(Node page, String areaName, Map<String, Object> area) {
        if (!(area.get("inheritance") instanceof Map<?, ?> inheritance) || !isTrue(inheritance.get("enabled"))
                || page == null || !NodePaths.isType(page, "mgnl:page")) {
            return List.of();
        }
        String mode = inheritance.get("components") == null ? "filtered" : String.valueOf(inheritance.get("components"));
        if ("none".equals(mode)) {
            return List.of();
        }
        List<Node> out = new ArrayList<>();
        try {
            Node ancestor = page;
            while (ancestor.getDepth() > 2) {
                ancestor = ancestor.getParent();
                if (!ancestor.isNodeType("mgnl:page")) {
                    break;
                }
                Node areaNode = child(ancestor, areaName);
                if (areaNode != null) {
                    out.addAll(0, components(areaNode, "all".equals(mode) ? null : "inheritable"));
                }
            }
        } catch (RepositoryException e) {
            throw new RepositoryFailure("reading inherited components of " + areaName, e);
        }
        return out;
    }

    private static List<Node> components(Node areaNode, String requiredFlag) {
        List<Node> out = new ArrayList<>();
        try {
            for (NodeIterator it = areaNode.getNodes(); it.hasNext();) {
                Node child = it.nextNode();
                if (!child.isNodeType("mgnl:component")) {
                    continue;
                }
                if (requiredFlag != null && !(child.hasProperty(requiredFlag) && isTrue(child.getProperty(requiredFlag).getString()))) {
                    continue;
                }
                out.add(child);
            }
        } catch (RepositoryException e) {
            throw new RepositoryFailure("reading components", e);
        }
        return out;
    }

    private static Node child(Node parent, String name) {
        try {
            return parent != null && parent.hasNode(name) ? parent.getNode(name) : null;
        } catch (RepositoryException e) {
            return null;
        }
    }

    private static boolean isTrue(Object value) {
        return value instanceof Boolean flag ? flag : value != null && "true".equalsIgnoreCase(value.toString());
    }

    private static String string(Object model) throws TemplateModelException {
        if (model == null) {
            return null;
        }
        if (model instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        return String.valueOf(DeepUnwrap.unwrap((TemplateModel) model));
    }

    /** Escapes a value for a marker attribute: no quote, no {@code --} so the comment stays one comment. */
    static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("--", "&#45;&#45;");
    }
}
