package de.quartiersnetz.cms.publishing;

import java.time.ZonedDateTime;

/**
 * One recorded publication of an item.
 *
 * @param number  1, 2, 3 … per item, in the order of publication
 * @param user    who published
 * @param created when it was published
 * @param path    where the item was in its workspace at that time
 */
public record Version(int number, String user, ZonedDateTime created, String path) {
}
