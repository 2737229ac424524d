package de.quartiersnetz.cms.delivery;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import de.quartiersnetz.cms.search.FieldFilter;
import de.quartiersnetz.cms.search.SortField;

/**
 * A validated delivery request.
 *
 * @param fields top-level properties to include ({@code fields=} projection), empty for all
 * @param openAt the moment asked for on endpoints with opening hours, or null
 */
public record DeliveryRequest(String language, List<FieldFilter> filters, List<SortField> orderBy, String fullText,
                              int offset, int limit, boolean total, Set<String> fields, LocalDateTime openAt) {
    public DeliveryRequest {
        filters = List.copyOf(filters);
        orderBy = List.copyOf(orderBy);
        fields = Set.copyOf(fields);
    }
}
