package de.quartiersnetz.cms.authoring;

import java.util.Locale;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Whether to offer publishing actions to the signed-in user. Display only: the URLs of publishing actions
 * ({@code .../publish*}, {@code .../unpublish*}) are guarded by the security configuration.
 */
final class PublishingRights {
    private static final Set<String> PUBLISHING_AUTHORITIES = Set.of("ROLE_PUBLISHER", "ROLE_SUPERUSER");

    private PublishingRights() {
    }

    static boolean mayPublish(Authentication user) {
        if (user == null || !user.isAuthenticated()) {
            return false;
        }
        for (GrantedAuthority authority : user.getAuthorities()) {
            if (PUBLISHING_AUTHORITIES.contains(String.valueOf(authority.getAuthority()).toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
