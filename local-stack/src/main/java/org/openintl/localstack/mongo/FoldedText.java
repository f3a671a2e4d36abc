package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * For one covered path: every row's string there, case-folded ({@link LiteralPattern#fold}) one character at a time,
 * end to end in one array, so that a search for a literal text reads that array instead of every row. The rows found
 * are a superset of the matches, as for {@link EqualityPostings}: a string containing the text contains it folded;
 * rows whose value the folded text cannot stand for (an array, a number, a document, a path through an array, a
 * string holding a surrogate, a line terminator or a character that is itself another's folding without folding to
 * itself) are in every answer; only a missing or null value, which never matches a pattern, is left out. The filter
 * then runs on the rows found. A text anchored with {@code ^} or {@code $} is looked for next to the end marks.
 *
 * <p>Why: a name search over 100,000 students read three strings of every row, each a separate object in the heap;
 * reading them was mostly cache misses (docs/performance.md). A write appends the row's new string and leaves the old
 * one's place empty; the array is made again from the live strings when half of it is empty.
 *
 * <p>Built at the first search that can use it, kept up to date with the rows; not thread-safe, like the rows.
 */
final class FoldedText {

    /**
     * The bytes a row's entry takes in the heap, about, besides its characters (two bytes each in the array, one or
     * two in the string): slot arrays, a map entry.
     */
    static final long ENTRY_BYTES = 56;

    /**
     * Ends every string: a character no name holds (a string holding it is unsure, a search holding it is not
     * narrowed), and one that keeps a text of Latin letters in one byte per character.
     */
    private static final char END = '\u0000';

    /** Characters a pattern's folded text may hold that fold to another character: a string with one is unsure. */
    private static final boolean[] AMBIGUOUS = ambiguous();

    private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";

    /** Arrays made again from their live strings (for tests). */
    static final LongAdder COMPACTIONS = new LongAdder();

    /** The row's value at the path, as {@link FieldValues#value} reads it from the row's document. */
    private final Function<Row, Object> read;
    /** The strings, each ended by the end mark, after one end mark (so that each string starts after one). */
    private char[] text = new char[1024];

    private int length = 1;
    private int[] starts = new int[64];
    private Row[] rows = new Row[64];
    private int slots;
    private int empty;
    /** The text as a string, for {@link String#indexOf}'s vectorised search; made again after a write. */
    private String searchable;

    private final Map<Object, Integer> slotOf = new HashMap<>();
    private final Map<Object, Row> others = new HashMap<>();

    /** @param read the value at the path (from the row's values read in advance: {@link RowLayout#reader}) */
    FoldedText(Function<Row, Object> read) {
        this.read = read;
    }

    /**
     * The text to look for when a row's string matching {@code pattern} must contain it folded: the pattern's literal
     * text, folded, after the end mark when the pattern is anchored at the start ({@code ^}) and before it when at the
     * end ({@code $}); null when the pattern is not a literal (or has options other than {@code i}), is empty, or holds
     * the end mark.
     */
    static char[] searchText(BsonRegularExpression pattern) {
        String options = pattern.getOptions() == null ? "" : pattern.getOptions();
        String source = pattern.getPattern();
        if (source == null || !(options.isEmpty() || options.equals("i"))) {
            return null;
        }
        boolean atStart = source.startsWith("^");
        String body = atStart ? source.substring(1) : source;
        boolean atEnd = false;
        String literal = null;
        if (body.endsWith("$") && !LiteralPattern.endsQuoted(body.substring(0, body.length() - 1))) {
            literal = LiteralPattern.literal(body.substring(0, body.length() - 1));
            atEnd = literal != null;
        }
        if (!atEnd) {
            literal = LiteralPattern.literal(body);
        }
        if (literal == null || literal.isEmpty()) {
            return null;
        }
        int from = atStart ? 1 : 0;
        char[] folded = new char[from + literal.length() + (atEnd ? 1 : 0)];
        for (int i = 0; i < literal.length(); i++) {
            int f = LiteralPattern.fold(literal.charAt(i));
            if (f == END || f > Character.MAX_VALUE) {
                return null;
            }
            folded[from + i] = (char) f;
        }
        if (atStart) {
            folded[0] = END;
        }
        if (atEnd) {
            folded[folded.length - 1] = END;
        }
        return folded;
    }

    /** @return the bytes it booked */
    long add(Row row) {
        Object value = read.apply(row);
        if (value == null || value instanceof Missing) {
            return 0;
        }
        if (!(value instanceof String s) || !plain(s)) {
            others.put(row.position(), row);
            return ENTRY_BYTES;
        }
        ensure(s.length() + 1);
        searchable = null;
        starts[slots] = length;
        rows[slots] = row;
        for (int i = 0; i < s.length(); i++) {
            text[length++] = (char) LiteralPattern.fold(s.charAt(i));
        }
        text[length++] = END;
        slotOf.put(row.position(), slots++);
        return ENTRY_BYTES + 3L * (s.length() + 1);
    }

    /** @return the bytes it freed */
    long remove(Row row) {
        Integer slot = slotOf.remove(row.position());
        if (slot == null) {
            return others.remove(row.position()) != null ? ENTRY_BYTES : 0;
        }
        int chars = (slot + 1 < slots ? starts[slot + 1] : length) - starts[slot];
        rows[slot] = null;
        empty++;
        searchable = null;
        if (empty > 32 && empty > slots / 2) {
            compact();
        }
        return ENTRY_BYTES + 3L * chars;
    }

    /** The rows whose string at the path may contain {@code folded} (from {@link #searchText}), in no order. */
    Collection<Row> candidates(char[] folded) {
        if (searchable == null) {
            searchable = new String(text, 0, length);
        }
        String wanted = new String(folded);
        int shift = folded[0] == END ? 1 : 0; // anchored at the start: found at the end mark before the string
        List<Row> found = new ArrayList<>();
        int slot = 0; // the string at a match: the matches come in the text's order, so it only moves forward
        for (int i = searchable.indexOf(wanted); i >= 0; ) {
            while (slot + 1 < slots && starts[slot + 1] <= i + shift) {
                slot++;
            }
            if (rows[slot] != null) {
                found.add(rows[slot]);
            }
            if (slot + 1 == slots) {
                break;
            }
            i = searchable.indexOf(wanted, starts[slot + 1] - shift); // on to the next string
        }
        found.addAll(others.values());
        return found;
    }

    private void ensure(int chars) {
        if (length + chars > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, length + chars));
        }
        if (slots == starts.length) {
            starts = Arrays.copyOf(starts, slots * 2);
            rows = Arrays.copyOf(rows, slots * 2);
        }
    }

    private void compact() {
        char[] oldText = text;
        int[] oldStarts = starts;
        Row[] oldRows = rows;
        int oldSlots = slots;
        int oldLength = length;
        text = new char[Math.max(1024, oldLength - oldLength / 4)];
        starts = new int[Math.max(64, oldSlots - empty + 16)];
        rows = new Row[starts.length];
        text[0] = END;
        length = 1;
        slots = 0;
        empty = 0;
        searchable = null;
        for (int s = 0; s < oldSlots; s++) {
            Row row = oldRows[s];
            if (row == null) {
                continue;
            }
            int from = oldStarts[s];
            int to = s + 1 < oldSlots ? oldStarts[s + 1] : oldLength;
            ensure(to - from);
            starts[slots] = length;
            rows[slots] = row;
            System.arraycopy(oldText, from, text, length, to - from);
            length += to - from;
            slotOf.put(row.position(), slots++);
        }
        COMPACTIONS.increment();
    }

    /**
     * Whether the folded string stands for it in every literal search: no surrogate, no ambiguous character, and no
     * line terminator (before which a pattern's {@code $} also matches).
     */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == END || Character.isSurrogate(c) || AMBIGUOUS[c] || LINE_TERMINATORS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The characters a folded pattern character can be (some character's folding) that do not fold to themselves:
     * {@link LiteralPattern} matches such a character in a string by itself as well as by its folding, which the
     * folded text would not show; and those whose folding is the end mark or beyond one UTF-16 unit. (The JDK's case
     * tables hold none today; made from them at start, so that another version's cannot make an answer wrong.)
     */
    private static boolean[] ambiguous() {
        boolean[] folding = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate((char) c)) {
                int f = LiteralPattern.fold(c);
                if (f <= Character.MAX_VALUE) {
                    folding[f] = true;
                }
            }
        }
        boolean[] ambiguous = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int f = LiteralPattern.fold(c);
            ambiguous[c] = f == END || f > Character.MAX_VALUE || (folding[c] && f != c);
        }
        return ambiguous;
    }
}
