package vn.ocop.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal. */
final class Table {
    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        this.header = header;
    }

    Table row(Object... cells) {
        String[] r = new String[header.length];
        for (int i = 0; i < header.length; i++) {
            r[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
        }
        rows.add(r);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Prints with columns padded; cells longer than {@code maxWidth} are cut with an ellipsis. */
    void print(PrintWriter out, int maxWidth) {
        int[] w = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            w[i] = Math.min(maxWidth, header[i].length());
        }
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], Math.min(maxWidth, r[i].length()));
            }
        }
        line(out, header, w, maxWidth);
        StringBuilder sep = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            sep.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        }
        out.println(sep);
        for (String[] r : rows) {
            line(out, r, w, maxWidth);
        }
    }

    private static void line(PrintWriter out, String[] cells, int[] w, int maxWidth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].length() > maxWidth ? cells[i].substring(0, maxWidth - 1) + "…" : cells[i];
            sb.append(i == 0 ? "" : "  ").append(c);
            if (i < cells.length - 1) {
                sb.append(" ".repeat(w[i] - c.length()));
            }
        }
        out.println(sb.toString().stripTrailing());
    }
}
