/**
 * Search: a Lucene index of the items of one tree (author or live), derived from the repository, kept current
 * from repository observation and rebuildable at any time. The delivery API answers its list queries
 * (filters, {@code q}, {@code orderBy}, {@code offset}/{@code limit}) from here and then reads the found paths
 * from the repository. Plain Java on purpose: the Spring wiring lives elsewhere.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@code ContentIndex} - open, {@code startFollowing}, {@code rebuild}, {@code search}, {@code close};
 *       {@code applyNow} for read-your-writes after a write of the author UI.</li>
 *   <li>{@code SearchQuery} (with a builder), {@code FieldFilter}, {@code Operator}, {@code SortField} in;
 *       {@code SearchHits} (workspace-relative paths of the page, exact total) out.</li>
 * </ul>
 *
 * <h2>Wiring, per tree ({@code dataDir/index/author}, {@code dataDir/index/live})</h2>
 * <pre>{@code
 * ContentIndex index = new ContentIndex(dataDir.resolve("index").resolve(tree.folderName()), repository, tree);
 * index.startFollowing();                 // first, so changes made during the rebuild are applied after it
 * if (index.needsRebuild()) {
 *     index.rebuild(progress);            // or on a background thread; searches see the old index meanwhile
 * }
 * ...
 * index.close();                          // before repository.close()
 * }</pre>
 *
 * <h2>Inside</h2>
 * <ul>
 *   <li>{@code IndexFields} - the document layout; {@code ItemDocuments} builds an item's document, for the
 *       rebuild and for changes alike, from a read-only Oak snapshot of the tree ({@code
 *       ContentRepository.snapshot}: no JCR session, whose per-call overhead was half of a rebuild);
 *       {@code Items} says what an item is and which item a node belongs to, {@code ItemTypes} resolves
 *       node types once per name.</li>
 *   <li>{@code FilterQueries}, {@code FilterValues}, {@code PropertyKinds} - filters, typed by what the index
 *       holds for the property; {@code SortKeys} - ordering; {@code FullTextQuery}, {@code GermanText} - {@code q}.</li>
 *   <li>{@code IndexStore} - the one writer and the searcher manager, commit data (schema, state);
 *       {@code IndexFollower} - coalesces observed paths onto one thread; {@code ChangeIndexer} - applies them.</li>
 * </ul>
 *
 * <h2>Gotchas</h2>
 * <ul>
 *   <li>Each document carries the item's publishing status ({@code ActivationStatus}: new, modified, published)
 *       as {@code @status}, for filters and ordering; {@code @parent} filters the children of one folder.</li>
 *   <li>Empty {@code nodeTypes} means {@code mgnl:content} and its subtypes: folders are indexed but found only
 *       when asked for ({@code mgnl:folder}).</li>
 *   <li>Decimals compare as doubles; exact matching and {@code like} see the first 32,000 bytes of a value.
 *       Both are pinned in {@code IndexAndTraversalContractTest}.</li>
 *   <li>A property whose values have different types in different items is compared in every kind it has;
 *       for sorting one kind wins (date, then number, then string) and items with the others sort as missing.</li>
 *   <li>Content written while no index follows the tree (the CLI import with the server stopped) is seen only
 *       after a rebuild: the runtime's {@code reindex} command, or deleting {@code dataDir/index} before the next
 *       start.</li>
 *   <li>Oak's read-only trees show hidden properties ({@code :childOrder}) that JCR never showed; documents
 *       skip them, so the documents are the same as when they were read through JCR.</li>
 * </ul>
 */
package de.quartiersnetz.cms.search;
