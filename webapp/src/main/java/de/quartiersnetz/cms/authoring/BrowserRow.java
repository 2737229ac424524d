package de.quartiersnetz.cms.authoring;

import java.util.Calendar;
import java.util.List;
import java.util.Map;

import de.quartiersnetz.cms.repository.ActivationStatus;

/**
 * One item or folder of a browser list as read from the author tree.
 *
 * @param values per column key, the stored values in their JCR string form (references already resolved to
 *               the referenced item's title, submodels to their number of entries)
 */
record BrowserRow(String name, String path, boolean folder, ActivationStatus status, Calendar lastModified,
                  String lastModifiedBy, Map<String, List<String>> values) {
    BrowserRow {
        values = Map.copyOf(values);
    }
}
