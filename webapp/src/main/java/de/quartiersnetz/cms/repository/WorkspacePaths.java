package de.quartiersnetz.cms.repository;

import java.util.regex.Pattern;

/**
 * Maps Magnolia workspaces onto one Oak repository: each workspace is a top-level subtree
 * ({@code /projects/...}) while paths in every API stay workspace-relative, as in Magnolia.
 */
public final class WorkspacePaths {
    private static final Pattern WORKSPACE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    private static final Pattern SEGMENT = Pattern.compile("[^/\\[\\]|*:\\s][^/\\[\\]|*]*");

    private WorkspacePaths() {
    }

    public static String requireWorkspace(String workspace) {
        if (workspace == null || !WORKSPACE.matcher(workspace).matches()) {
            throw new IllegalArgumentException("workspace '" + workspace
                    + "' is not a valid name (letters, digits, '-' and '_', starting with a letter)");
        }
        return workspace;
    }

    /** Normalises a workspace-relative path: leading slash, no trailing slash, no '.', '..' or empty segments. */
    public static String normalise(String relativePath) {
        if (relativePath == null || relativePath.isBlank() || relativePath.equals("/")) {
            return "/";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : relativePath.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals(".") || segment.equals("..") || !SEGMENT.matcher(segment).matches()
                    || !segment.equals(segment.strip())) {
                throw new IllegalArgumentException("path '" + relativePath + "' has an invalid segment '" + segment + "'");
            }
            out.append('/').append(segment);
        }
        return out.isEmpty() ? "/" : out.toString();
    }

    public static String absolute(String workspace, String relativePath) {
        String path = normalise(relativePath);
        return "/" + requireWorkspace(workspace) + (path.equals("/") ? "" : path);
    }

    /** The workspace-relative form of an absolute repository path below the workspace root. */
    public static String relative(String workspace, String absolutePath) {
        String root = "/" + workspace;
        if (absolutePath.equals(root)) {
            return "/";
        }
        if (!absolutePath.startsWith(root + "/")) {
            throw new IllegalArgumentException("'" + absolutePath + "' is not inside workspace '" + workspace + "'");
        }
        return absolutePath.substring(root.length());
    }

    public static String parent(String relativePath) {
        String path = normalise(relativePath);
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    public static String name(String relativePath) {
        String path = normalise(relativePath);
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
