package vn.ocop.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each key and list item of a JSON or YAML document is: a map from a path such as
 * {@code parts[0].sections[1].points} to its 1-based line. Built by reading the token stream
 * once; used to point errors found after binding (a sum that does not add up, a reference to
 * nothing) at the line a person must edit.
 */
public final class SourceMap {
    /** The map, or null until the first lookup. */
    private volatile Map<String, Integer> lines;
    private final String text;
    private final JsonFactory factory;

    private SourceMap(Map<String, Integer> lines, String text, JsonFactory factory) {
        this.lines = lines;
        this.text = text;
        this.factory = factory;
    }

    /** An empty map: every lookup answers 0 (unknown). */
    public static SourceMap empty() {
        return new SourceMap(Map.of(), null, null);
    }

    /**
     * The lines of {@code text}, read with {@code factory} (JSON or YAML) on the first lookup: a
     * valid file is never read a second time just in case an error needs its lines. A document
     * that does not parse gives what was read.
     */
    public static SourceMap of(String text, JsonFactory factory) {
        return new SourceMap(null, text, factory);
    }

    private Map<String, Integer> lines() {
        Map<String, Integer> m = lines;
        if (m == null) {
            m = read(text, factory);
            lines = m;
        }
        return m;
    }

    private static Map<String, Integer> read(String text, JsonFactory factory) {
        Map<String, Integer> lines = new HashMap<>();
        Deque<Frame> stack = new ArrayDeque<>();
        try (JsonParser p = factory.createParser(text)) {
            String pendingField = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                int line = p.currentTokenLocation().getLineNr();
                if (t == JsonToken.FIELD_NAME) {
                    Frame f = stack.peek();
                    pendingField = p.currentName();
                    lines.putIfAbsent(child(f == null ? "" : f.path, pendingField), line);
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                String path;
                Frame parent = stack.peek();
                if (parent == null) {
                    path = "";
                } else if (parent.array) {
                    path = parent.path + "[" + parent.index + "]";
                    parent.index++;
                    lines.putIfAbsent(path, line);
                } else {
                    path = child(parent.path, pendingField);
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    stack.push(new Frame(path, t == JsonToken.START_ARRAY));
                    lines.putIfAbsent(path, line);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a syntax error is reported by the binder with its own location; keep what was mapped
        }
        return lines;
    }

    private static String child(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    /**
     * The line of {@code path}, or of its nearest enclosing element that has one, or 0.
     * Paths use {@code a.b[2].c}.
     */
    public int line(String path) {
        Map<String, Integer> lines = lines();
        String p = path;
        while (true) {
            Integer l = lines.get(p);
            if (l != null) {
                return l;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                Integer root = lines.get("");
                return root == null ? 0 : root;
            }
            p = p.substring(0, cut);
        }
    }

    private static final class Frame {
        final String path;
        final boolean array;
        int index;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }
}
