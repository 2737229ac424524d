package de.quartiersnetz.cms.assets;

/**
 * An upload or asset action refused for a reason the user can fix; the message is German and names the file.
 *
 * @param field the form field the refusal is about (e.g. {@code file}, {@code alternative_de})
 */
public class AssetRejectedException extends RuntimeException {
    private final String field;
    private final String code;
    private final int status;

    public AssetRejectedException(String field, String code, int status, String message) {
        super(message);
        this.field = field;
        this.code = code;
        this.status = status;
    }

    public AssetRejectedException(String field, String code, String message) {
        this(field, code, 400, message);
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    /** HTTP status: 400, or 413 for a file that is too large, 409 for a referenced asset. */
    public int status() {
        return status;
    }
}
