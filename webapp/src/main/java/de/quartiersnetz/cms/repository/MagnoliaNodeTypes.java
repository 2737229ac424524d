package de.quartiersnetz.cms.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.jcr.NamespaceException;
import javax.jcr.NamespaceRegistry;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.nodetype.NodeTypeManager;
import javax.jcr.nodetype.NodeTypeTemplate;

import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.apache.jackrabbit.commons.cnd.ParseException;

/** Registers Magnolia's node types, and the item node types that content types declare. */
final class MagnoliaNodeTypes {
    static final String MGNL_NAMESPACE = "http://www.magnolia.info/jcr/mgnl";
    private static final String CND = "/repository/magnolia-nodetypes.cnd";

    private MagnoliaNodeTypes() {
    }

    static void register(Session session) throws RepositoryException {
        try (InputStream in = MagnoliaNodeTypes.class.getResourceAsStream(CND);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CndImporter.registerNodeTypes(reader, CND, session.getWorkspace().getNodeTypeManager(),
                    session.getWorkspace().getNamespaceRegistry(), session.getValueFactory(), true);
        } catch (IOException | ParseException e) {
            throw new RepositoryFailure("Cannot read the built-in node type definitions " + CND, e);
        }
    }

    /** Registers namespaces and a content type's item node type as a subtype of {@code mgnl:content}. */
    static void ensureItemType(Session session, String nodeType, String superType, Map<String, String> namespaces)
            throws RepositoryException {
        NamespaceRegistry registry = session.getWorkspace().getNamespaceRegistry();
        for (Map.Entry<String, String> namespace : namespaces.entrySet()) {
            ensureNamespace(registry, namespace.getKey(), namespace.getValue());
        }
        NodeTypeManager types = session.getWorkspace().getNodeTypeManager();
        if (types.hasNodeType(nodeType)) {
            return;
        }
        NodeTypeTemplate template = types.createNodeTypeTemplate();
        template.setName(nodeType);
        template.setDeclaredSuperTypeNames(new String[] {superType});
        template.setOrderableChildNodes(true);
        types.registerNodeType(template, false);
    }

    private static void ensureNamespace(NamespaceRegistry registry, String prefix, String uri) throws RepositoryException {
        try {
            String existing = registry.getURI(prefix);
            if (!existing.equals(uri)) {
                throw new RepositoryFailure("Namespace prefix '" + prefix + "' is already bound to " + existing
                        + ", not " + uri);
            }
        } catch (NamespaceException unknownPrefix) {
            registry.registerNamespace(prefix, uri);
        }
    }
}
