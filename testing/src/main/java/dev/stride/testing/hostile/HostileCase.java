package dev.stride.testing.hostile;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One hostile request and what must come back: one of {@code statuses}, as problem details, with
 * {@code field} among the invalid fields it names (when not null).
 */
record HostileCase(String name, String method, String target, Map<String, String> headers, byte[] body,
                   Set<Integer> statuses, String field) {

    static HostileCase of(Door door, String name, String target, String contentType, String body,
                          Set<Integer> statuses, String field) {
        return of(door, door.method(), name, target, contentType, body, statuses, field);
    }

    static HostileCase of(Door door, String method, String name, String target, String contentType, String body,
                          Set<Integer> statuses, String field) {
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>(door.headers().apply(bytes == null ? new byte[0] : bytes));
        if (door.token() != null) {
            headers.put("Authorization", "Bearer " + door.token());
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new HostileCase(door.operation() + ": " + name, method, target, headers, bytes, statuses, field);
    }

    /** The same request with its body sent in one chunk and no Content-Length. */
    HostileCase chunked(String name, Set<Integer> expected) {
        Map<String, String> chunkedHeaders = new LinkedHashMap<>(headers);
        chunkedHeaders.put("Transfer-Encoding", "chunked");
        byte[] size = (Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] end = "\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] chunked = new byte[size.length + body.length + end.length];
        System.arraycopy(size, 0, chunked, 0, size.length);
        System.arraycopy(body, 0, chunked, size.length, body.length);
        System.arraycopy(end, 0, chunked, size.length + body.length, end.length);
        return new HostileCase(name, method, target, chunkedHeaders, chunked, expected, null);
    }
}
