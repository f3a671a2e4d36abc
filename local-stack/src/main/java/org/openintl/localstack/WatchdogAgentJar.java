package org.openintl.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.openintl.localstack.child.ChildWatchdog;

/**
 * Writes a jar that holds only {@link ChildWatchdog} as a Java agent, so that any JVM, including a Spring Boot
 * fat jar we cannot change, can watch its parent with {@code -javaagent:<jar>=<parent pid>}. Generated at run
 * time so it works however local-stack itself was launched (classes directory, jar, test classpath).
 */
final class WatchdogAgentJar {

    private WatchdogAgentJar() {}

    static Path writeTo(Path dir) throws IOException {
        String entryName = ChildWatchdog.class.getName().replace('.', '/') + ".class";
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), ChildWatchdog.class.getName());

        Files.createDirectories(dir);
        Path jar = dir.resolve("watchdog-agent.jar");
        Path tmp = Files.createTempFile(dir, "watchdog-agent", ".tmp");
        try (InputStream classBytes = ChildWatchdog.class.getClassLoader().getResourceAsStream(entryName);
                OutputStream file = Files.newOutputStream(tmp);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            if (classBytes == null) {
                throw new IOException("class file not found: " + entryName);
            }
            out.putNextEntry(new JarEntry(entryName));
            classBytes.transferTo(out);
            out.closeEntry();
        }
        // atomic so that a service that starts while another stack rewrites the jar never sees half a file
        return Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
