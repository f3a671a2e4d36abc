package org.openintl.localstack.child;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/** The {@code --name=value} arguments of a child main class. */
public record ChildArgs(Map<String, String> values) {

    public ChildArgs {
        values = Map.copyOf(values);
    }

    public static ChildArgs parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value but got: " + arg);
            }
            int eq = arg.indexOf('=');
            values.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return new ChildArgs(values);
    }

    public int port(String name, int defaultPort) {
        String value = values.get(name);
        int port = value == null ? defaultPort : Integer.parseInt(value);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be a TCP port but was " + port);
        }
        return port;
    }

    /** A positive whole number, e.g. a partition count. */
    public int positive(String name, int defaultValue) {
        String value = values.get(name);
        int number = value == null ? defaultValue : Integer.parseInt(value);
        if (number < 1) {
            throw new IllegalArgumentException(name + " must be positive but was " + number);
        }
        return number;
    }

    public Path path(String name, Path defaultPath) {
        String value = values.get(name);
        return (value == null ? defaultPath : Path.of(value)).toAbsolutePath().normalize();
    }

    /** The pid of the process that started this one, if it wants its children to die with it. */
    public OptionalLong parentPid() {
        String value = values.get("parent-pid");
        return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
    }
}
