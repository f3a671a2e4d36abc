package org.openintl.access.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.openintl.access.Role;

/**
 * The one table of who may call what ({@code access-matrix.csv}), expanded to one case per call and role. The
 * access module checks its rules against it, the gateway and the platform run it over HTTP, so that the two cannot
 * answer differently.
 */
public final class AccessMatrix {

    /** One call made with one role, and whether that role may make it. */
    public record Case(String method, String path, Role role, boolean allowed) {
        @Override
        public String toString() {
            return method + " " + path + " as " + role + (allowed ? " allowed" : " refused");
        }
    }

    private AccessMatrix() {}

    public static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String[] row : rows()) {
            Set<Role> allowed = row[2].equals("ALL")
                    ? EnumSet.allOf(Role.class)
                    : EnumSet.copyOf(Arrays.stream(row[2].split("\\s+"))
                            .map(Role::valueOf)
                            .toList());
            for (Role role : Role.values()) {
                cases.add(new Case(row[0], row[1], role, allowed.contains(role)));
            }
        }
        return cases.stream();
    }

    private static List<String[]> rows() {
        try (InputStream in = AccessMatrix.class.getResourceAsStream("access-matrix.csv")) {
            if (in == null) {
                throw new IllegalStateException("access-matrix.csv is missing from the access test-jar");
            }
            List<String[]> rows = new ArrayList<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> rows.add(
                            Arrays.stream(line.split(",")).map(String::strip).toArray(String[]::new)));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
