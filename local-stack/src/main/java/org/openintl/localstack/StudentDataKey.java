package org.openintl.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key that seals students' personal data under the local stack: student-service ships none and refuses to start
 * without one (ADR 0480), so the stack makes a random one the first time a data directory is used and keeps it there
 * ({@code <data-dir>/student-service/encryption.env}, mode 600), next to the data it opens. It reaches the service as
 * environment variables, never on the command line (which {@code ps} shows to every user of the machine).
 */
final class StudentDataKey {

    static final String FILE = "encryption.env";
    static final String KEY_PREFIX = "INTL_STUDENTS_ENCRYPTION_KEYS_";
    static final String ACTIVE = "INTL_STUDENTS_ENCRYPTION_ACTIVEKEY";

    private StudentDataKey() {}

    /** The variables of the directory's key file, made first if it does not exist yet. */
    static Map<String, String> environment(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                write(file, generate());
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the student data key " + file, e);
        }
    }

    /** Whether keys are configured already (the caller's environment or arguments): then nothing is generated. */
    static boolean configuredElsewhere(Map<String, String> environment, List<String> args) {
        return environment.keySet().stream().anyMatch(k -> k.startsWith(KEY_PREFIX))
                || args.stream().anyMatch(a -> a.startsWith("--intl.students.encryption.keys"));
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        byte[] key = new byte[32];
        random.nextBytes(key);
        byte[] idBytes = new byte[4];
        random.nextBytes(idBytes);
        String id = "local" + HexFormat.of().formatHex(idBytes);
        return "# The key of students' personal data in this data directory, made by ./run-local.sh.\n"
                + "# Without it the stored passport numbers cannot be read: keep it with the data, delete it with them.\n"
                + KEY_PREFIX + id.toUpperCase(java.util.Locale.ROOT) + "="
                + Base64.getEncoder().encodeToString(key) + "\n"
                + ACTIVE + "=" + id + "\n";
    }

    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            int eq = l.indexOf('=');
            if (l.isEmpty() || l.startsWith("#") || eq < 1) {
                continue;
            }
            env.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
        }
        return env;
    }

    /** Owner-only from the first byte, written whole or not at all. */
    private static void write(Path file, String content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(
                        dir,
                        ".tmp-",
                        "",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, ".tmp-", "");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
