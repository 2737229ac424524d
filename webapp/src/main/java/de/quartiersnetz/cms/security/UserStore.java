package de.quartiersnetz.cms.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.jcr.Node;
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

    public Optional<UserAccount> find(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return repository.read(Tree.AUTHOR, "users.find", session -> {
            String path = path(name);
            if (!session.nodeExists(path)) {
                return Optional.empty();
            }
            Node user = session.getNode(path);
            List<String> roles = new ArrayList<>();
            if (user.hasProperty("roles")) {
                for (Value role : user.getProperty("roles").getValues()) {
                    roles.add(role.getString());
                }
            }
            return Optional.of(new UserAccount(name, user.getProperty("pswd").getString(),
                    !user.hasProperty("enabled") || user.getProperty("enabled").getBoolean(), roles,
                    user.hasProperty("language") ? user.getProperty("language").getString() : "de"));
        });
    }

    public void create(UserAccount account) {
        if (!NAME.matcher(account.name()).matches()) {
            throw new IllegalArgumentException("user name '" + account.name()
                    + "': lower-case letters, digits, '.', '_' and '-' only, at most 64 characters");
        }
        repository.write(Tree.AUTHOR, "users.create", session -> {
            Node user = session.getNode("/" + WORKSPACE + "/" + REALM).addNode(account.name(), "mgnl:user");
            user.setProperty("name", account.name());
            user.setProperty("pswd", account.passwordHash());
            user.setProperty("enabled", account.enabled());
            user.setProperty("language", account.language());
            user.setProperty("roles", account.roles().toArray(String[]::new));
            return null;
        });
    }

    private static String path(String name) {
        return "/" + WORKSPACE + "/" + REALM + "/" + name;
    }
}
