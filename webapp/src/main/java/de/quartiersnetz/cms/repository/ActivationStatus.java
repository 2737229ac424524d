package de.quartiersnetz.cms.repository;

import java.util.Calendar;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

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

    /** A value that is no date (hand-written import data) counts as absent rather than failing the listing. */
    private static Calendar date(Node item, String property) throws RepositoryException {
        try {
            return item.hasProperty(property) ? item.getProperty(property).getDate() : null;
        } catch (javax.jcr.ValueFormatException notADate) {
            return null;
        }
    }
}
