package org.openintl.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A literal pattern's test ({@link LiteralPattern}) answers as mongo-java-server's own regular expression does, for
 * the characters where case folding is not what one would guess (Kelvin sign, dotless and dotted i, long s, final
 * sigma, title case), escaped operators, surrogates, and patterns that are not literals at all.
 */
class LiteralPatternTest {

    private static final List<String> PATTERNS = List.of(
            "nov",
            "NoV",
            "k",
            "K",
            "\u212a",
            "\u0131",
            "\u0130",
            "i",
            "I",
            "\u017f",
            "s",
            "\u00df",
            "ss",
            "\u03c3",
            "\u03c2",
            "\u03a3",
            "\u00e9",
            "\u00c9",
            "\u738b",
            "\u01c5",
            "\u01c6",
            "\u01c4",
            "Bench 1",
            "",
            "x",
            "a\\-b",
            "a\\.b",
            "\\(x\\)",
            "\\/",
            "\\ ",
            "\u00b5",
            "\u039c",
            "\u1e9e",
            // not literals: the pattern decides
            "a.b",
            "^a",
            "a|b",
            "\\d",
            "\\Qa\\E",
            "\\Q.*\\E",
            "\\Qa",
            "\\Q",
            "\\1",
            "[a]",
            "a{2}",
            "\\",
            "x\ud835\udd18");

    private static final List<String> TEXTS = List.of(
            "",
            "Nurlanov3",
            "NURLANOV",
            "nov",
            "Kelvin \u212a",
            "kk",
            "\u0130stanbul",
            "istanbul",
            "ISTANBUL",
            "\u0131s\u0131",
            "\u017ftra\u00dfe",
            "STRASSE",
            "\u03a3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2",
            "\u03c2",
            "\u738b\u5c0f\u660e",
            "\u00e9mile",
            "\u00c9MILE",
            "a-b",
            "a.b",
            "axb",
            "(x)",
            "\ud835\udd18nicode",
            "Bench 12 University",
            "bench 1",
            "\u01c5",
            "\u01c6",
            "\u01c4",
            "/",
            "x\ud800",
            " ",
            "\u00b5\u03bc\u039c",
            "\u1e9e\u00df",
            "\u1e9e");

    @Test
    void answersAsThePatternOnTrickyCharacters() {
        for (String options : List.of("", "i", "im", "iu")) {
            for (String pattern : PATTERNS) {
                assertSameAnswers(new BsonRegularExpression(pattern, options), TEXTS);
            }
        }
    }

    @Test
    void answersAsThePatternOnRandomTexts() {
        char[] alphabet =
                "aAbBkKsSiIEQ\\\u212a\u0131\u0130\u017f\u00df\u03c3\u03c2\u03a3\u01c5\u01c6\u00e9\u00c9\u1e9e -.\u738b"
                        .toCharArray();
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            texts.add(random(random, alphabet, random.nextInt(12)));
        }
        for (int p = 0; p < 300; p++) {
            String text = random(random, alphabet, 1 + random.nextInt(3));
            String pattern = p % 2 == 0 ? text.replace(".", "\\.").replace("-", "\\-") : Pattern.quote(text);
            for (String options : List.of("", "i")) {
                assertSameAnswers(new BsonRegularExpression(pattern, options), texts);
            }
        }
    }

    @Test
    void readsOnlyPlainTextAndEscapedPunctuationAsLiterals() {
        assertThat(LiteralPattern.literal("Bench 1")).isEqualTo("Bench 1");
        assertThat(LiteralPattern.literal("a\\-b\\.c\\(d\\)\\/e")).isEqualTo("a-b.c(d)/e");
        assertThat(LiteralPattern.literal("")).isEmpty();
        assertThat(LiteralPattern.literal(Pattern.quote("a.b\\E(c"))).isEqualTo("a.b\\E(c");
        assertThat(LiteralPattern.literal("\\Qa.b")).isEqualTo("a.b");
        for (String operator : List.of(
                "a.b",
                "^a",
                "a$",
                "a|b",
                "a*",
                "a+",
                "a?",
                "(a)",
                "[a]",
                "a{1}",
                "\\d",
                "\\1",
                "\\",
                "\\\u00e9",
                "\ud835\udd18")) {
            assertThat(LiteralPattern.literal(operator)).as(operator).isNull();
        }
    }

    private static void assertSameAnswers(BsonRegularExpression regex, List<String> texts) {
        Predicate<String> finds = LiteralPattern.finds(regex);
        for (String text : texts) {
            assertThat(outcome(() -> finds.test(text)))
                    .as("/%s/%s on \"%s\"", regex.getPattern(), regex.getOptions(), text)
                    .isEqualTo(outcome(() -> regex.matcher(text).find()));
        }
    }

    /** The answer, or the kind of error (an invalid pattern fails the same way either way). */
    private static Object outcome(BooleanSupplier test) {
        try {
            return test.getAsBoolean();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    private static String random(Random random, char[] alphabet, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return s.toString();
    }
}
