package org.openintl.news.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerUnitTest {

    /** What the database does: a document matches when its stored terms contain every query term. */
    private static boolean matches(String document, String query) {
        return Tokenizer.indexTerms(document).containsAll(Tokenizer.queryTerms(query));
    }

    @Test
    void splitsChineseIntoOverlappingBigrams() {
        assertThat(Tokenizer.queryTerms("合作办学")).containsExactly("合作", "作办", "办学");
    }

    @Test
    void findsAChineseWordInTheMiddleOfASentence() {
        String sentence = "我校与莫斯科国立大学签署合作办学协议，双方将共建联合实验室。";
        assertThat(matches(sentence, "合作办学")).isTrue();
        assertThat(matches(sentence, "莫斯科")).isTrue();
        assertThat(matches(sentence, "联合实验室")).isTrue();
        assertThat(matches(sentence, "合作研究")).isFalse();
    }

    @Test
    void findsKoreanWithAndWithoutSpaces() {
        String spaced = "제주대학교와 국제 교류 협정을 체결했다";
        String unspaced = "제주대학교와국제교류협정을체결했다";
        for (String document : List.of(spaced, unspaced)) {
            assertThat(matches(document, "교류협정")).as(document).isTrue();
            assertThat(matches(document, "교류 협정")).as(document).isTrue();
            assertThat(matches(document, "제주대학교")).as(document).isTrue();
            assertThat(matches(document, "서울대학교")).as(document).isFalse();
        }
    }

    @Test
    void matchesEnglishWordsRegardlessOfCaseAndAccents() {
        String text = "KU Leuven and the Université de Genève signed a MoU.";
        assertThat(matches(text, "ku leuven")).isTrue();
        assertThat(matches(text, "LEUVEN")).isTrue();
        assertThat(matches(text, "universite geneve")).isTrue();
        assertThat(matches(text, "mou")).isTrue();
        assertThat(matches(text, "leu")).as("whole words only").isFalse();
    }

    @Test
    void handlesMixedLanguageTextAndQueries() {
        String text = "我校与KU Leuven签署Erasmus+交换协议（2019年5月30日）";
        assertThat(Tokenizer.queryTerms("KU Leuven签署")).containsExactly("ku", "leuven", "签署");
        assertThat(matches(text, "leuven 交换协议")).isTrue();
        assertThat(matches(text, "erasmus 签署")).isTrue();
        assertThat(matches(text, "2019年")).isTrue();
        assertThat(matches(text, "leuven 合作")).isFalse();
    }

    @Test
    void aTwoCharacterWordNeverMatchesItsCharactersApart() {
        String apart = "首次访问，莞尔一笑";
        assertThat(matches(apart, "首尔")).isFalse();
        assertThat(matches("代表团访问首尔大学", "首尔")).isTrue();
    }

    @Test
    void aSingleCharacterMatchesWhenThatIsWhatWasAsked() {
        assertThat(Tokenizer.queryTerms("首")).containsExactly("首");
        assertThat(matches("首次访问", "首")).isTrue();
        assertThat(matches("访问", "首")).isFalse();
    }

    @Test
    void fullWidthFormsAreTheirPlainSelves() {
        assertThat(Tokenizer.queryTerms("ＫＵ　Ｌｅｕｖｅｎ")).containsExactly("ku", "leuven");
    }

    @Test
    void punctuationSeparatesAndIsNeverATerm() {
        assertThat(Tokenizer.queryTerms("“一带一路”！")).containsExactly("一带", "带一", "一路");
        assertThat(Tokenizer.queryTerms("?!…")).isEmpty();
    }

    @Test
    void indexTermsAreDistinctAndSorted() {
        List<String> terms = Tokenizer.indexTerms("交流交流", null, "Exchange exchange");
        assertThat(terms).doesNotHaveDuplicates().isSorted().contains("交流", "流交", "交", "流", "exchange");
    }
}
