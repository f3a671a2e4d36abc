package org.openintl.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One scenario's figures as a Markdown table, so that a run's output can be pasted into docs/performance.md. */
final class Table {

    private final String title;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Table(String title, String... header) {
        this.title = title;
        this.header = List.of(header);
        // the machine may be shared: a figure taken while other work ran says so
        notes.add("Load average when the scenario began: " + loadAverage());
    }

    private static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ");
            return f[0] + " (1 min), " + f[1] + " (5 min)";
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    Table row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(format(c));
        }
        rows.add(row);
        return this;
    }

    Table note(String note) {
        notes.add(note);
        return this;
    }

    /** {@code figure / baseline} to two decimals, or a dash without a baseline. */
    static String ratio(double figure, double baseline) {
        return baseline == 0 ? "-" : String.format(Locale.ROOT, "%.2f", figure / baseline);
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%.1f", millis);
    }

    private static String format(Object c) {
        if (c instanceof Double d) {
            return String.format(Locale.ROOT, d >= 100 ? "%.0f" : "%.2f", d);
        }
        return String.valueOf(c);
    }

    String render() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder("\n### ").append(title).append("\n\n");
        line(sb, header, widths);
        StringBuilder rule = new StringBuilder("|");
        for (int w : widths) {
            rule.append("-".repeat(w + 2)).append('|');
        }
        sb.append(rule).append('\n');
        rows.forEach(r -> line(sb, r, widths));
        if (!notes.isEmpty()) {
            sb.append('\n');
            notes.forEach(n -> sb.append(n).append('\n'));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        sb.append('|');
        for (int i = 0; i < widths.length; i++) {
            sb.append(' ')
                    .append(cells.get(i))
                    .append(" ".repeat(widths[i] - cells.get(i).length()))
                    .append(" |");
        }
        sb.append('\n');
    }
}
