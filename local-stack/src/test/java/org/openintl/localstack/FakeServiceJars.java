package org.openintl.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds a project directory whose four service jars are {@link FakeService}. */
final class FakeServiceJars {

    private FakeServiceJars() {}

    static Path createProject(Path root) throws IOException {
        Files.createDirectories(root);
        Files.writeString(
                root.resolve("pom.xml"), "<project><modules><module>local-stack</module></modules></project>");
        for (StackService service : StackService.values()) {
            Path target =
                    Files.createDirectories(root.resolve(service.moduleName()).resolve("target"));
            writeJar(target.resolve(service.moduleName() + "-0.1.0-SNAPSHOT.jar"));
        }
        return root;
    }

    static Path writeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        String entry = FakeService.class.getName().replace('.', '/') + ".class";
        try (InputStream in = FakeService.class.getClassLoader().getResourceAsStream(entry);
                OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
