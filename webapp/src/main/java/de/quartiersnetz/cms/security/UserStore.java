package de.quartiersnetz.cms.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;

/**
 * Users live where Magnolia keeps them: {@code users:/admin/<name>}, nodes of type {@code mgnl:user} with
 * the hash in {@code pswd}. Only the author tree holds them; they are never published.
 */
public final class UserStore {
    public static final String WORKSPACE = "users";
    private static final String REALM = "admin";
    private static final String USER_TYPE = "mgnl:user";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final ContentRepository repository;

    public UserStore(ContentRepository repository) {
        this.repository = repository;
        repository.ensureWorkspace(WORKSPACE);
        repository.write(Tree.AUTHOR, "users.realm", session -> {
            Node root = session.getNode("/" + WORKSPACE);
            if (!root.hasNode(REALM)) {
                root.addNode(REALM, "mgnl:folder");
            }
            return null;
        });
    }

    /** Lower-case letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters. */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public Optional<UserAccount> find(String name) {
        if (!isValidName(name)) {
            return Optional.empty();
        }
        return repository.read(Tree.AUTHOR, "users.find", session -> {
            String path = path(name);
            return session.nodeExists(path) ? Optional.of(account(session.getNode(path))) : Optional.empty();
        });
    }

    /** Every user, ordered by name. */
    public List<UserAccount> list() {
        return repository.read(Tree.AUTHOR, "users.list", session -> {
            List<UserAccount> accounts = new ArrayList<>();
            for (NodeIterator nodes = session.getNode("/" + WORKSPACE + "/" + REALM).getNodes(); nodes.hasNext(); ) {
                Node node = nodes.nextNode();
                if (node.isNodeType(USER_TYPE)) {
                    accounts.add(account(node));
                }
            }
            accounts.sort(Comparator.comparing(UserAccount::name));
            return accounts;
        });
    }

    /** @throws UserExistsException when a user of that name exists */
    public void create(UserAccount account) {
        requireValidName(account.name());
        repository.write(Tree.AUTHOR, "users.create", session -> {
            Node realm = session.getNode("/" + WORKSPACE + "/" + REALM);
            if (realm.hasNode(account.name())) {
                throw new UserExistsException(account.name());
            }
            Node user = realm.addNode(account.name(), USER_TYPE);
            user.setProperty("name", account.name());
            user.setProperty("pswd", account.passwordHash());
            user.setProperty("enabled", account.enabled());
            user.setProperty("language", account.language());
            user.setProperty("roles", account.roles().toArray(String[]::new));
            return null;
        });
    }

    /** @throws UnknownUserException when there is no such user */
    public void setEnabled(String name, boolean enabled) {
        update(name, "users.setEnabled", user -> user.setProperty("enabled", enabled));
    }

    /** @throws UnknownUserException when there is no such user */
    public void setRoles(String name, List<String> roles) {
        update(name, "users.setRoles", user -> user.setProperty("roles", roles.toArray(String[]::new)));
    }

    /** @param passwordHash the encoded password, with its encoder's {@code {id}} prefix */
    public void setPasswordHash(String name, String passwordHash) {
        update(name, "users.setPassword", user -> user.setProperty("pswd", passwordHash));
    }

    private void update(String name, String operation, UserChange change) {
        if (!isValidName(name)) {
            throw new UnknownUserException(name);
        }
        repository.write(Tree.AUTHOR, operation, session -> {
            change.apply(existing(session, name));
            return null;
        });
    }

    private static Node existing(Session session, String name) throws RepositoryException {
        String path = path(name);
        if (!session.nodeExists(path)) {
            throw new UnknownUserException(name);
        }
        return session.getNode(path);
    }

    private static UserAccount account(Node user) throws RepositoryException {
        List<String> roles = new ArrayList<>();
        if (user.hasProperty("roles")) {
            for (Value role : user.getProperty("roles").getValues()) {
                roles.add(role.getString());
            }
        }
        return new UserAccount(user.getName(), user.getProperty("pswd").getString(),
                !user.hasProperty("enabled") || user.getProperty("enabled").getBoolean(), roles,
                user.hasProperty("language") ? user.getProperty("language").getString() : "de");
    }

    private static void requireValidName(String name) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("user name '" + name
                    + "': lower-case letters, digits, '.', '_' and '-' only, at most 64 characters");
        }
    }

    private static String path(String name) {
        return "/" + WORKSPACE + "/" + REALM + "/" + name;
    }

    @FunctionalInterface
    private interface UserChange {
        void apply(Node user) throws RepositoryException;
    }
}
