package de.quartiersnetz.cms.modules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mapping or sequence written with {@code !override}: during a deep merge it replaces the value it
 * lands on instead of being merged into it. The marker lives only until the tree is frozen.
 */
interface Replacing {

    final class Mapping extends LinkedHashMap<String, Object> implements Replacing {
        Mapping(Map<String, Object> entries) {
            super(entries);
        }
    }

    final class Sequence extends ArrayList<Object> implements Replacing {
        Sequence(Collection<?> items) {
            super(items);
        }
    }
}
