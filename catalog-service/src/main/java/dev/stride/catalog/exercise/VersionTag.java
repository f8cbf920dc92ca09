package dev.stride.catalog.exercise;

/**
 * The exercise version a client expects, from an {@code If-Match} header: {@code "3"}, {@code W/"3"},
 * {@code 3} or {@code *} (any). Anything else matches no version.
 */
public record VersionTag(Long version) {
    public static final VersionTag ANY = new VersionTag(null);
    /** Versions start at 1, so a tag that is not a version matches none. */
    private static final VersionTag NONE = new VersionTag(0L);

    public static VersionTag parse(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            return ANY;
        }
        tag = tag.startsWith("W/") ? tag.substring(2) : tag;
        tag = tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
        return tag.matches("[0-9]{1,18}") ? new VersionTag(Long.parseLong(tag)) : NONE;
    }

    public boolean matches(long current) {
        return version == null || version == current;
    }
}
