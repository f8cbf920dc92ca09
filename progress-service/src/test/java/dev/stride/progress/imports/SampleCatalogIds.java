package dev.stride.progress.imports;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Ids of {@link SampleCatalog}'s exercises. */
final class SampleCatalogIds {
    static final String CLAMSHELL = UUID.nameUUIDFromBytes("sample Clamshell".getBytes(StandardCharsets.UTF_8)).toString();

    private SampleCatalogIds() {
    }
}
