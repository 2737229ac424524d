package de.quartiersnetz.cms.security;

import java.util.List;

/**
 * An AdminCentral user as stored in the {@code users} workspace.
 *
 * @param passwordHash the encoded password, with its encoder's {@code {id}} prefix
 */
public record UserAccount(String name, String passwordHash, boolean enabled, List<String> roles, String language) {
    public UserAccount {
        roles = List.copyOf(roles);
    }
}
