package de.quartiersnetz.cms.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Spring Security's view of the {@link UserStore}. */
final class RepositoryUserDetailsService implements UserDetailsService {
    private final UserStore users;

    RepositoryUserDetailsService(UserStore users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.name())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .roles(account.roles().toArray(String[]::new))
                .build();
    }
}
