package dev.stride.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak's server distribution: the {@code keycloak-quarkus-dist} zip that Maven resolved for
 * local-stack (its location is written into {@code keycloak.properties} by the build), unpacked
 * once into a folder of ours and reused by every later start.
 */
final class KeycloakDistribution {
    private static final Properties BUILT = load();

    private KeycloakDistribution() {
    }

    static String version() {
        return BUILT.getProperty("version");
    }

    /** {@code keycloak-<version>} under {@code parent}, unpacked from the zip if it is not there yet. */
    static Path unpackedIn(Path parent) {
        Path home = parent.resolve("keycloak-" + version());
        if (Files.isDirectory(home)) {
            return home;
        }
        Path zip = Path.of(BUILT.getProperty("zip"));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException(zip + " is missing: build local-stack first (./mvnw install -pl local-stack -DskipTests)");
        }
        try {
            Files.createDirectories(parent);
            // Unpacked aside and moved into place whole, so that an interrupted unpack is never taken for a finished one.
            Path staging = Files.createTempDirectory(parent, "unpacking-");
            unzip(zip, staging);
            Files.move(staging.resolve(home.getFileName()), home, StandardCopyOption.ATOMIC_MOVE);
            Folders.deleteRecursively(staging);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + zip + " into " + parent, e);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("Entry outside the archive's folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if (target.getFileName().toString().endsWith(".sh")) {
                    // java.util.zip does not carry Unix modes; the scripts are all that need one.
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("keycloak.properties")) {
            if (in == null) {
                throw new IllegalStateException("keycloak.properties is missing: build local-stack with Maven");
            }
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
