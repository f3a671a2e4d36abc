package org.openintl.localstack;

import java.nio.file.Path;
import java.util.List;

/** Lets tests in sub-packages start child JVMs with this JVM's classpath (including surefire's booter jar). */
public final class RuntimeClasspathAccess {

    private RuntimeClasspathAccess() {}

    public static List<String> expand(String classpath) {
        return RuntimeClasspath.expand(classpath).stream().map(Path::toString).toList();
    }
}
