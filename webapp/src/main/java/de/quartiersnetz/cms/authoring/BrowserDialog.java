package de.quartiersnetz.cms.authoring;

import java.util.List;
import java.util.Map;

/**
 * A step between choosing an action and carrying it out: confirm a deletion, choose a folder to move to, name a
 * new folder. Shown in a {@code <dialog>} by htmx, or as a page of its own without JavaScript. Public so that
 * Freemarker can read it.
 *
 * @param kind        {@code delete}, {@code move} or {@code folder}
 * @param actionUrl   where the dialog's form posts
 * @param items       the selected items and folders
 * @param targets     folders to move to ({@code move})
 * @param stateFields the list's state, carried so that the answer shows the same list
 * @param cancelUrl   back to the list (without JavaScript; the dialog just closes)
 */
public record BrowserDialog(String kind, String title, String appLabel, String actionUrl, List<ContentActions.Selected> items,
                            boolean anyLive, boolean canPublish, String unpublishAndDeleteUrl,
                            List<BrowserView.Choice> targets, List<Map.Entry<String, String>> stateFields,
                            String cancelUrl) {
}
