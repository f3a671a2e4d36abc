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
import java.util.Optional;

/**
 * The key that seals a service's personal data under the local stack (students' in student-service, experts' and
 * staff's in faculty-service): the services ship none and refuse to start without one (ADR 0480), so the stack makes
 * a random one the first time a data directory is used and keeps it there ({@code
 * <data-dir>/<service>/encryption.env}, mode 600), next to the data it opens. It reaches the service as environment
 * variables, never on the command line (which {@code ps} shows to every user of the machine).
 *
 * @param keyPrefix the environment variables of the keys, one per key id ({@code INTL_STUDENTS_ENCRYPTION_KEYS_})
 * @param active the environment variable naming the key that seals new data
 * @param propertyPrefix the same keys as a command-line property ({@code --intl.students.encryption.keys})
 * @param whose whose data it seals, for the file's comment
 */
record PersonalDataKey(String keyPrefix, String active, String propertyPrefix, String whose) {

    static final String FILE = "encryption.env";

    static final PersonalDataKey STUDENTS = new PersonalDataKey(
            "INTL_STUDENTS_ENCRYPTION_KEYS_",
            "INTL_STUDENTS_ENCRYPTION_ACTIVEKEY",
            "--intl.students.encryption.keys",
            "students' personal data");

    static final PersonalDataKey FACULTY = new PersonalDataKey(
            "INTL_FACULTY_ENCRYPTION_KEYS_",
            "INTL_FACULTY_ENCRYPTION_ACTIVEKEY",
            "--intl.faculty.encryption.keys",
            "foreign experts' and staff members' personal data");

    /** The key of a service's personal data, if it has any. */
    static Optional<PersonalDataKey> of(StackService service) {
        return switch (service) {
            case STUDENT -> Optional.of(STUDENTS);
            case FACULTY -> Optional.of(FACULTY);
            default -> Optional.empty();
        };
    }

    /** The variables of the directory's key file, made first if it does not exist yet. */
    Map<String, String> environment(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                write(file, generate());
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the key of " + whose + " " + file, e);
        }
    }

    /** Whether keys are configured already (the caller's environment or arguments): then nothing is generated. */
    boolean configuredElsewhere(Map<String, String> environment, List<String> args) {
        return environment.keySet().stream().anyMatch(k -> k.startsWith(keyPrefix))
                || args.stream().anyMatch(a -> a.startsWith(propertyPrefix));
    }

    private String generate() {
        SecureRandom random = new SecureRandom();
        byte[] key = new byte[32];
        random.nextBytes(key);
        byte[] idBytes = new byte[4];
        random.nextBytes(idBytes);
        String id = "local" + HexFormat.of().formatHex(idBytes);
        return "# The key of " + whose + " in this data directory, made by ./run-local.sh.\n"
                + "# Without it the sealed data (passport numbers ...) cannot be read: keep it with the data, delete it with them.\n"
                + keyPrefix + id.toUpperCase(java.util.Locale.ROOT) + "="
                + Base64.getEncoder().encodeToString(key) + "\n"
                + active + "=" + id + "\n";
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
