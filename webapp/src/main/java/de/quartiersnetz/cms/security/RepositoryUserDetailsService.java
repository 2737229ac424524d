package de.quartiersnetz.cms.security;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Spring Security's view of the {@link UserStore}; user names are matched regardless of case. */
final class RepositoryUserDetailsService implements UserDetailsService {
    private final UserStore users;

    RepositoryUserDetailsService(UserStore users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.find(normalize(username)).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.name())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(account.roles().stream().map(Role::ofStoredName).flatMap(Optional::stream)
                        .map(Role::authority).toArray(String[]::new))
                .build();
    }

    /** The name as stored: people type "Erika" for {@code erika}. */
    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
