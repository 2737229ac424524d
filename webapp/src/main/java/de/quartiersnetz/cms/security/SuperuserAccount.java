package de.quartiersnetz.cms.security;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * There is no default password: the first start creates {@code superuser} with the configured password,
 * or with a generated one that is shown once.
 */
public final class SuperuserAccount {
    public static final String NAME = "superuser";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;
    private static final int MINIMUM_LENGTH = 12;

    private SuperuserAccount() {
    }

    /** @return the generated password when one had to be generated */
    public static Optional<String> ensure(UserStore users, PasswordEncoder encoder, String configuredPassword) {
        if (users.find(NAME).isPresent()) {
            return Optional.empty();
        }
        boolean configured = configuredPassword != null && !configuredPassword.isBlank();
        if (configured && configuredPassword.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("quartiersnetz.superuser-password must have at least "
                    + MINIMUM_LENGTH + " characters");
        }
        String password = configured ? configuredPassword : generate();
        users.create(new UserAccount(NAME, encoder.encode(password), true, List.of(Role.SUPERUSER.storedName()), "de"));
        return configured ? Optional.empty() : Optional.of(password);
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
