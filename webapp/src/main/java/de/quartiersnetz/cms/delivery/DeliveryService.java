package de.quartiersnetz.cms.delivery;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.jackrabbit.api.JackrabbitSession;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.util.RawValue;

import de.quartiersnetz.cms.assets.AssetLinks;
import de.quartiersnetz.cms.content.ContentLanguages;
import de.quartiersnetz.cms.repository.ChildNodes;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;
import de.quartiersnetz.cms.search.ContentIndex;
import de.quartiersnetz.cms.search.FieldFilter;
import de.quartiersnetz.cms.search.Operator;
import de.quartiersnetz.cms.search.SearchHits;
import de.quartiersnetz.cms.search.SearchQuery;

/** Answers delivery requests from the live tree only: one node, its children, or a query through the index. */
public final class DeliveryService {
    private static final ZoneId EDITORIAL_ZONE = ZoneId.of("Europe/Berlin");
    private static final int OPEN_AT_CANDIDATES = 1000;

    private final ContentRepository repository;
    private final ContentIndex index;
    private final NodeJsonMapper mapper;
    private final ContentLanguages languages;
    private final DeliveryResponseCache cache;
    private final ObjectMapper json;

    public DeliveryService(ContentRepository repository, ContentIndex index, ContentLanguages languages,
                           DeliveryResponseCache cache, ObjectMapper json, AssetLinks assets) {
        this.repository = repository;
        this.index = index;
        this.cache = cache;
        this.json = json;
        this.languages = languages;
        this.mapper = new NodeJsonMapper(languages, assets);
    }

    /** The item's JSON, shared with the lists it appears in. */
    public RawValue node(DeliveryEndpoint endpoint, String path, DeliveryRequest request) {
        long generation = cache.generation();
        return repository.read(Tree.LIVE, "delivery.node", session -> {
            Node node = requireNode(session, endpoint, path);
            NodeJsonMapper.Context context = context(session, endpoint, request, generation);
            return item(node.getPath(), node, context);
        });
    }

    public List<Map<String, Object>> children(DeliveryEndpoint endpoint, String path, DeliveryRequest request) {
        long generation = cache.generation();
        return repository.read(Tree.LIVE, "delivery.children", session -> {
            Node parent = path.equals("/") ? root(session, endpoint) : requireNode(session, endpoint, path);
            NodeJsonMapper.Context context = context(session, endpoint, request, generation);
            List<Map<String, Object>> children = new ArrayList<>();
            for (Node child : ChildNodes.of(parent)) {
                if (NodeJsonMapper.matches(child, endpoint.nodeTypes(), endpoint.strict())
                        || NodeJsonMapper.matches(child, endpoint.childNodeTypes(), endpoint.strict())) {
                    children.add(mapper.map(child, context));
                }
            }
            return children;
        });
    }

    public Map<String, Object> query(DeliveryEndpoint endpoint, DeliveryRequest request) {
        List<FieldFilter> filters = new ArrayList<>(request.filters());
        int offset = request.offset();
        int limit = request.limit();
        if (request.openAt() != null) {
            filters.addAll(openAtFilters(endpoint.options().openAt(), request.openAt()));
            offset = 0;
            limit = OPEN_AT_CANDIDATES;
        }
        long generation = cache.generation();
        SearchHits hits = index.search(new SearchQuery(endpoint.workspace(), endpoint.rootPath(), endpoint.nodeTypes(),
                endpoint.strict(), filters, request.fullText(), request.orderBy(), offset, limit));
        List<String> paths = new ArrayList<>();
        for (String path : hits.paths()) {
            paths.add(WorkspacePaths.absolute(endpoint.workspace(), path));
        }
        long total = hits.total();
        if (request.openAt() != null) {
            paths = openAt(paths, endpoint.options().openAt(), request.openAt());
            total = paths.size();
            paths = paths.subList(Math.min(request.offset(), paths.size()),
                    Math.min(request.offset() + request.limit(), paths.size()));
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("results", items(endpoint, request, paths, generation));
        if (request.total()) {
            response.put("total", total);
        }
        return response;
    }

    /**
     * The JSON of the items at the absolute paths, in order, leaving out those no longer published. Items rendered
     * since the last change come from the cache without reading the live tree.
     */
    private List<RawValue> items(DeliveryEndpoint endpoint, DeliveryRequest request, List<String> paths,
                                 long generation) {
        RawValue[] items = new RawValue[paths.size()];
        List<Integer> missing = new ArrayList<>();
        List<String> chain = languageChain(endpoint, request);
        for (int i = 0; i < items.length; i++) {
            items[i] = cache.item(itemKey(endpoint, chain, request.fields(), paths.get(i)));
            if (items[i] == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            repository.read(Tree.LIVE, "delivery.query", session -> {
                NodeJsonMapper.Context context = context(session, endpoint, request, generation);
                for (int i : missing) {
                    Node node = nodeOrNull(session, paths.get(i));
                    if (node != null) {
                        items[i] = item(paths.get(i), node, context);
                    }
                }
                return null;
            });
        }
        List<RawValue> found = new ArrayList<>(items.length);
        for (RawValue item : items) {
            if (item != null) {
                found.add(item);
            }
        }
        return found;
    }

    private RawValue item(String absolutePath, Node node, NodeJsonMapper.Context context) throws RepositoryException {
        String key = itemKey(context.endpoint(), context.languageChain(), context.fields(), absolutePath);
        RawValue item = cache.item(key);
        if (item == null) {
            item = new RawJson(json.writeValueAsBytes(mapper.map(node, context))).value();
            cache.putItem(key, item, context.generation());
        }
        return item;
    }

    private static String itemKey(DeliveryEndpoint endpoint, List<String> languageChain, Set<String> fields,
                                  String absolutePath) {
        return endpoint.endpointPath() + "|" + languageChain + "|" + fields + "|" + absolutePath;
    }

    /** The absolute paths of the published items among {@code paths} that are valid at the moment. */
    private List<String> openAt(List<String> paths, DeliveryEndpoint.OpenAt names, LocalDateTime moment) {
        return repository.read(Tree.LIVE, "delivery.openAt", session -> {
            List<Node> nodes = new ArrayList<>();
            for (String path : paths) {
                Node node = nodeOrNull(session, path);
                if (node != null) {
                    nodes.add(node);
                }
            }
            List<String> valid = new ArrayList<>();
            for (Node node : validAt(nodes, names, moment)) {
                valid.add(node.getPath());
            }
            return valid;
        });
    }

    private static List<FieldFilter> openAtFilters(DeliveryEndpoint.OpenAt names, LocalDateTime moment) {
        String time = moment.format(DateTimeFormatter.ofPattern("HH:mm"));
        return List.of(
                new FieldFilter(names.weekday(), Operator.EQ, List.of(moment.getDayOfWeek().name().toLowerCase(Locale.ROOT))),
                new FieldFilter(names.opens(), Operator.LTE, List.of(time)),
                new FieldFilter(names.closes(), Operator.GT, List.of(time)));
    }

    /** Valid-from and valid-until are whole days in the editorial time zone. */
    private static List<Node> validAt(List<Node> nodes, DeliveryEndpoint.OpenAt names, LocalDateTime moment)
            throws RepositoryException {
        ZonedDateTime at = moment.atZone(EDITORIAL_ZONE);
        List<Node> valid = new ArrayList<>();
        for (Node node : nodes) {
            boolean started = !node.hasProperty(names.validFrom()) || !day(node, names.validFrom()).isAfter(at.toLocalDate());
            boolean ended = node.hasProperty(names.validUntil()) && day(node, names.validUntil()).isBefore(at.toLocalDate());
            if (started && !ended) {
                valid.add(node);
            }
        }
        return valid;
    }

    private static java.time.LocalDate day(Node node, String property) throws RepositoryException {
        return node.getProperty(property).getDate().toInstant().atZone(EDITORIAL_ZONE).toLocalDate();
    }

    /** {@code generation} is taken before the session opens, so nothing older than the cache's state is kept. */
    private NodeJsonMapper.Context context(Session session, DeliveryEndpoint endpoint, DeliveryRequest request,
                                           long generation) {
        return new NodeJsonMapper.Context(session, endpoint, languageChain(endpoint, request), request.fields(), cache,
                generation);
    }

    private List<String> languageChain(DeliveryEndpoint endpoint, DeliveryRequest request) {
        List<String> chain = new ArrayList<>();
        chain.add(request.language());
        for (String fallback : endpoint.options().languageFallback()) {
            if (!chain.contains(fallback)) {
                chain.add(fallback);
            }
        }
        if (!chain.contains(languages.defaultLanguage())) {
            chain.add(languages.defaultLanguage());
        }
        return chain;
    }

    private static Node root(Session session, DeliveryEndpoint endpoint) throws RepositoryException {
        Node root = nodeOrNull(session, WorkspacePaths.absolute(endpoint.workspace(), endpoint.rootPath()));
        if (root == null) {
            throw new DeliveryNotFoundException("nothing is published at " + endpoint.rootPath());
        }
        return root;
    }

    private static Node requireNode(Session session, DeliveryEndpoint endpoint, String path) throws RepositoryException {
        String relative;
        try {
            String root = WorkspacePaths.normalise(endpoint.rootPath());
            String requested = WorkspacePaths.normalise(path);
            relative = root.equals("/") ? requested : requested.equals("/") ? root : root + requested;
        } catch (IllegalArgumentException e) {
            throw new DeliveryNotFoundException("'" + path + "' is not a valid path");
        }
        String absolute = WorkspacePaths.absolute(endpoint.workspace(), relative);
        Node node = nodeOrNull(session, absolute);
        if (node == null || !NodeJsonMapper.matches(node, endpoint.nodeTypes(), endpoint.strict())) {
            throw new DeliveryNotFoundException("nothing is published at " + path);
        }
        return node;
    }

    /** One lookup, where asking {@code nodeExists} and then {@code getNode} walks the path twice. */
    private static Node nodeOrNull(Session session, String absolute) throws RepositoryException {
        return ((JackrabbitSession) session).getNodeOrNull(absolute);
    }
}
