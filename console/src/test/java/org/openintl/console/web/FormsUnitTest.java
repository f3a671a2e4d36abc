package org.openintl.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormsUnitTest {

    @Test
    void blankFieldsAreLeftOutAndDottedNamesNest() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("familyName", "  박 ");
        form.put("givenName", "");
        form.put("funding.type", "CSC");
        form.put("funding.program", "CSC Type A");
        form.put("_csrf", "token");

        Map<String, Object> json =
                Forms.json(form, List.of("familyName", "givenName", "funding.type", "funding.program"));

        assertThat(json)
                .containsExactly(
                        Map.entry("familyName", "박"),
                        Map.entry("funding", Map.of("type", "CSC", "program", "CSC Type A")));
    }

    @Test
    void anAnswerFlattensToTheFormsFields() {
        Map<String, Object> answer = Map.of("title", Map.of("zh", "交换"), "noticeDays", 90, "partnerIds", List.of("p"));

        assertThat(Forms.flatten(answer, List.of("title.zh", "title.en", "noticeDays", "partnerIds")))
                .containsExactly(
                        Map.entry("title.zh", "交换"),
                        Map.entry("title.en", ""),
                        Map.entry("noticeDays", "90"),
                        Map.entry("partnerIds", ""));
    }

    @Test
    void thePagersLinkKeepsTheFiltersEncodedAndDropsPageAndLanguage() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", "首尔 & co");
        query.put("status", "");
        query.put("page", "3");
        query.put("lang", "en");

        assertThat(Forms.pageLink(query)).isEqualTo("?q=%E9%A6%96%E5%B0%94+%26+co&page=");
    }

    @Test
    void aStaleEditListsOnlyTheFieldsThatDiffer() {
        Map<String, String> yours = Map.of("coordinator", "Dr. Lee", "endDate", "2029-01-01");
        Map<String, String> now = new LinkedHashMap<>();
        now.put("coordinator", "Prof. Choi");
        now.put("endDate", "2029-01-01");
        now.put("notes", "signed in Seoul");

        assertThat(StaleEdit.between(yours, now))
                .containsExactly(
                        new StaleEdit("coordinator", "Dr. Lee", "Prof. Choi"),
                        new StaleEdit("notes", "", "signed in Seoul"));
    }
}
