package de.quartiersnetz.cms.security;

import java.util.Collection;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What a signed-in user may do, for code and templates that show or hide actions. The same rules are
 * enforced on the URLs (see {@link WebSecurityConfiguration}); for methods use the expressions below with
 * {@code @PreAuthorize}, e.g. {@code @PreAuthorize(Permissions.PUBLISH)}.
 */
public final class Permissions {
    /** Create, edit and delete drafts: editors, publishers, superusers. */
    public static final String EDIT = "hasRole('EDITOR')";
    /** Publish and unpublish: publishers and superusers. */
    public static final String PUBLISH = "hasRole('PUBLISHER')";
    /** The Security app: superusers only. */
    public static final String MANAGE_USERS = "hasRole('SUPERUSER')";

    private final RoleHierarchy hierarchy;

    Permissions(RoleHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    public boolean mayEdit(Authentication user) {
        return holds(user, Role.EDITOR);
    }

    public boolean mayPublish(Authentication user) {
        return holds(user, Role.PUBLISHER);
    }

    public boolean mayManageUsers(Authentication user) {
        return holds(user, Role.SUPERUSER);
    }

    private boolean holds(Authentication user, Role role) {
        if (user == null || !user.isAuthenticated()) {
            return false;
        }
        Collection<? extends GrantedAuthority> reachable = hierarchy.getReachableGrantedAuthorities(user.getAuthorities());
        return reachable.stream().anyMatch(authority -> role.authority().equals(authority.getAuthority()));
    }
}
