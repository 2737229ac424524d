package de.quartiersnetz.cms.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles a user can hold, stored by their lower-case name in the user's {@code roles} property and
 * granted to Spring Security as {@code ROLE_<NAME>}. Each role includes the ones below it (see
 * {@code RolesConfiguration}): a superuser may publish, a publisher may edit.
 */
public enum Role {
    /** Everything, including the Security app (users). */
    SUPERUSER,
    /** Creates, edits and deletes drafts. */
    EDITOR,
    /** What an editor may, and publishes and unpublishes. */
    PUBLISHER;

    /** The name in the repository, e.g. {@code editor}. */
    public String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role of a stored name; names of roles this runtime does not know (e.g. from Magnolia) have none. */
    public static Optional<Role> ofStoredName(String storedName) {
        return Arrays.stream(values()).filter(role -> role.storedName().equals(storedName)).findFirst();
    }
}
