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

    public Map<String, Object> node(DeliveryEndpoint endpoint, String path, DeliveryRequest request) {
        long generation = cache.generation();
        return repository.read(Tree.LIVE, "delivery.node", session ->
                mapper.map(requireNode(session, endpoint, path), context(session, endpoint, request, generation)));
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
        return repository.read(Tree.LIVE, "delivery.query", session -> {
            NodeJsonMapper.Context context = context(session, endpoint, request, generation);
            List<Node> nodes = new ArrayList<>();
            for (String path : hits.paths()) {
                Node node = nodeOrNull(session, WorkspacePaths.absolute(endpoint.workspace(), path));
                if (node != null) {
                    nodes.add(node);
                }
            }
            long total = hits.total();
            if (request.openAt() != null) {
                nodes = validAt(nodes, endpoint.options().openAt(), request.openAt());
                total = nodes.size();
                nodes = nodes.subList(Math.min(request.offset(), nodes.size()),
                        Math.min(request.offset() + request.limit(), nodes.size()));
            }
            List<RawValue> results = new ArrayList<>();
            for (Node node : nodes) {
                String key = endpoint.endpointPath() + "|" + context.languageChain() + "|" + context.fields() + "|" + node.getPath();
                RawValue item = cache.item(key);
                if (item == null) {
                    item = new RawValue(json.writeValueAsString(mapper.map(node, context)));
                    cache.putItem(key, item, generation);
                }
                results.add(item);
            }
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("results", results);
            if (request.total()) {
                response.put("total", total);
            }
            return response;
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
        return new NodeJsonMapper.Context(session, endpoint, chain, request.fields(), cache, generation);
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
