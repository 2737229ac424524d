package de.quartiersnetz.cms.content;

/** Answers whether an identifier names an item in a workspace. */
@FunctionalInterface
public interface ReferenceLookup {
    boolean exists(String workspace, String identifier);
}
