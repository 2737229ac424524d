package de.quartiersnetz.cms.repository;

/**
 * The two content trees of an instance. Authors write the author tree; publishing copies items to the
 * live tree, which delivery and the public site read. Each tree is its own Oak repository so an item
 * keeps the same jcr:uuid in both, as Magnolia keeps it on author and public instances.
 */
public enum Tree {
    AUTHOR("author"),
    LIVE("live");

    private final String folderName;

    Tree(String folderName) {
        this.folderName = folderName;
    }

    public String folderName() {
        return folderName;
    }
}
