package de.quartiersnetz.cms.rendering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A rendered public response: status, media type, body and its strong ETag (a hash of the body). */
public record PublicResponse(int status, String contentType, byte[] body, String etag) {

    public static PublicResponse of(int status, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new PublicResponse(status, contentType, bytes, etag(bytes));
    }

    public static PublicResponse html(int status, String body) {
        return of(status, "text/html;charset=UTF-8", body);
    }

    static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
