package org.openintl.gateway.issuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code admin} user's password: {@code INTL_ADMIN_PASSWORD} when set; else the one generated on an earlier start
 * and kept in {@code <data-dir>/admin-password} (mode 600); else a new one, stored there and printed once.
 */
final class AdminPassword {

    private static final Logger log = LoggerFactory.getLogger(AdminPassword.class);
    static final String FILE = "admin-password";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AdminPassword() {}

    static String resolve(@Nullable String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            String generated = generate();
            PrivateFiles.write(file, generated + "\n");
            log.warn("""

                    ==========================================================================
                      Generated the password of user 'admin': {}
                      Stored in {} (only shown this once).
                      Set INTL_ADMIN_PASSWORD to choose one instead.
                    ==========================================================================""", generated, file.toAbsolutePath());
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the admin password " + file, e);
        }
    }

    static String generate() {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
