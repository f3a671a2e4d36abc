package org.openintl.news.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MergePatchUnitTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void mergesObjectsRemovesNullsAndReplacesEverythingElse() {
        var target = json.readTree(
                "{\"translations\":{\"zh\":{\"title\":\"a\"},\"ko\":{\"title\":\"b\"}},\"themes\":[\"X\"],\"eventDate\":\"2019-05-30\"}");
        var patch = json.readTree(
                "{\"translations\":{\"ko\":null,\"en\":{\"title\":\"c\"}},\"themes\":[\"Y\"],\"eventDate\":null}");
        assertThat(MergePatch.apply(target, patch).toString())
                .isEqualTo("{\"translations\":{\"zh\":{\"title\":\"a\"},\"en\":{\"title\":\"c\"}},\"themes\":[\"Y\"]}");
    }
}
