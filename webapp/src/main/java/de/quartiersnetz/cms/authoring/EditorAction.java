package de.quartiersnetz.cms.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change to the form's structure that a button asks for: add a value or group to a list, remove one, move it up
 * or down. It is applied to the bound values and the form is shown again, unsaved: the buttons work without
 * JavaScript and by keyboard, and nothing typed so far is lost.
 *
 * <p>Written as {@code <verb>:<path>}: {@code addValue:tags}, {@code addGroup:links},
 * {@code addValue:links[0].notes_en}, {@code remove:links[1]}, {@code up:tags[2]}, {@code down:links[0]}.
 *
 * @param focus the path of the entry to focus afterwards, or of the list (its add button) after a removal
 */
record EditorAction(String verb, String path, String focus) {
    private static final Pattern ACTION = Pattern.compile("(addValue|addGroup|remove|up|down):([A-Za-z0-9_.\\[\\]-]{1,200})");
    private static final Pattern ENTRY = Pattern.compile("(.*)\\[(\\d{1,4})]");

    /** The action, or {@code null} when the parameter is no valid action. */
    static EditorAction parse(String parameter) {
        Matcher matcher = parameter == null ? null : ACTION.matcher(parameter);
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        return new EditorAction(matcher.group(1), matcher.group(2), null);
    }

    /** Applies the action to the values in place; the answer names what to focus. */
    EditorAction applyTo(Map<String, Object> values) {
        if (verb.startsWith("add")) {
            List<Object> list = list(values, path, true);
            list.add(verb.equals("addGroup") ? new LinkedHashMap<String, Object>() : "");
            return withFocus(path + "[" + (list.size() - 1) + "]");
        }
        Matcher entry = ENTRY.matcher(path);
        if (!entry.matches()) {
            return withFocus(null);
        }
        String listPath = entry.group(1);
        int index = Integer.parseInt(entry.group(2));
        List<Object> list = list(values, listPath, false);
        if (list == null || index >= list.size()) {
            return withFocus(null);
        }
        switch (verb) {
            case "remove" -> {
                list.remove(index);
                return withFocus(listPath);
            }
            case "up" -> {
                int target = Math.max(0, index - 1);
                list.add(target, list.remove(index));
                return withFocus(listPath + "[" + target + "]");
            }
            default -> {
                int target = Math.min(list.size() - 1, index + 1);
                list.add(target, list.remove(index));
                return withFocus(listPath + "[" + target + "]");
            }
        }
    }

    private EditorAction withFocus(String focusPath) {
        return new EditorAction(verb, path, focusPath);
    }

    /** The (mutable) list at a path such as {@code links} or {@code links[0].notes_en}. */
    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> values, String path, boolean create) {
        Map<String, Object> container = values;
        String key = path;
        int dot = path.lastIndexOf('.');
        if (dot > 0) {
            Matcher group = ENTRY.matcher(path.substring(0, dot));
            if (!group.matches() || !(values.get(group.group(1)) instanceof List<?> groups)) {
                return create ? new ArrayList<>() : null;
            }
            int index = Integer.parseInt(group.group(2));
            if (index >= groups.size() || !(groups.get(index) instanceof Map<?, ?>)) {
                return create ? new ArrayList<>() : null;
            }
            container = (Map<String, Object>) groups.get(index);
            key = path.substring(dot + 1);
        }
        Object current = container.get(key);
        List<Object> list = new ArrayList<>();
        if (current instanceof List<?> existing) {
            list.addAll(existing);
        } else if (current != null) {
            list.add(current);
        } else if (!create) {
            return null;
        }
        container.put(key, list);
        return list;
    }
}
