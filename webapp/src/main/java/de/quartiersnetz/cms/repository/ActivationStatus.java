package de.quartiersnetz.cms.repository;

import java.util.Calendar;

import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;

import org.apache.jackrabbit.oak.api.PropertyState;
import org.apache.jackrabbit.oak.api.Type;
import org.apache.jackrabbit.oak.plugins.value.Conversions;

/**
 * Where an item of the author tree stands with publishing, read from the activation properties that
 * publishing writes on it ({@code mgnl:lastActivated}, {@code mgnl:activationStatus}) and from its
 * {@code mgnl:lastModified}.
 */
public enum ActivationStatus {
    /** Not live: never published, or unpublished since. */
    NEW,
    /** Live, but changed in the author tree after it was last published. */
    MODIFIED,
    /** Live as it is in the author tree. */
    PUBLISHED;

    static final String LAST_ACTIVATED = "mgnl:lastActivated";
    static final String ACTIVATION_STATUS = "mgnl:activationStatus";
    static final String LAST_MODIFIED = "mgnl:lastModified";

    /** The lower-case name used in URLs and in the search index: {@code new}, {@code modified}, {@code published}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the known keys */
    public static ActivationStatus fromKey(String key) {
        for (ActivationStatus status : values()) {
            if (status.key().equals(key)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status '" + key + "' (one of new, modified, published)");
    }

    /**
     * @param lastModified     {@code mgnl:lastModified}, or null
     * @param lastActivated    {@code mgnl:lastActivated}, or null
     * @param activationStatus {@code mgnl:activationStatus}, or null when absent (counts as active when
     *                         {@code lastActivated} is set, as in content imported with its activation dates)
     */
    public static ActivationStatus of(Calendar lastModified, Calendar lastActivated, Boolean activationStatus) {
        if (lastActivated == null || Boolean.FALSE.equals(activationStatus)) {
            return NEW;
        }
        return lastModified != null && lastModified.after(lastActivated) ? MODIFIED : PUBLISHED;
    }

    public static ActivationStatus of(Node item) throws RepositoryException {
        Boolean active = item.hasProperty(ACTIVATION_STATUS)
                ? Boolean.valueOf(item.getProperty(ACTIVATION_STATUS).getString().trim()) : null;
        return of(date(item, LAST_MODIFIED), date(item, LAST_ACTIVATED), active);
    }

    /** The same for an item read through Oak's API ({@link ContentRepository#snapshot}), with JCR's conversions. */
    public static ActivationStatus of(org.apache.jackrabbit.oak.api.Tree item) {
        PropertyState active = item.getProperty(ACTIVATION_STATUS);
        return of(date(item, LAST_MODIFIED), date(item, LAST_ACTIVATED),
                active == null ? null : Boolean.valueOf(active.getValue(Type.STRING).trim()));
    }

    private static Calendar date(org.apache.jackrabbit.oak.api.Tree item, String name) {
        PropertyState property = item.getProperty(name);
        if (property == null || property.isArray()) {
            return null;
        }
        try {
            return switch (property.getType().tag()) {
                case PropertyType.STRING, PropertyType.BINARY, PropertyType.DATE ->
                        Conversions.convert(property.getValue(Type.DATE)).toCalendar();
                case PropertyType.LONG, PropertyType.DOUBLE, PropertyType.DECIMAL ->
                        Conversions.convert(property.getValue(Type.LONG)).toCalendar();
                default -> null;
            };
        } catch (IllegalArgumentException notADate) {
            return null;
        }
    }

    /** A value that is no date (hand-written import data) counts as absent rather than failing the listing. */
    private static Calendar date(Node item, String property) throws RepositoryException {
        try {
            return item.hasProperty(property) ? item.getProperty(property).getDate() : null;
        } catch (javax.jcr.ValueFormatException notADate) {
            return null;
        }
    }
}
