package vn.subsidyflow.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a user reads comes from two message files, Vietnamese and English. A key defined twice in
 * one file silently takes the later text on every page that uses it, and a key missing from one
 * language shows the other's words (or the raw key) to that language's users.
 */
class MessagesUnitTests {

    @Test
    void shouldDefineEachKeyOnceInEachLanguage() throws IOException {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            assertThat(duplicates(keys(file))).as("keys defined twice in " + file).isEmpty();
        }
    }

    @Test
    void shouldHaveTheSameKeysInVietnameseAndEnglish() throws IOException {
        Set<String> vietnamese = new HashSet<>(keys("messages.properties"));
        Set<String> english = new HashSet<>(keys("messages_en.properties"));
        assertThat(minus(vietnamese, english)).as("keys with no English text").isEmpty();
        assertThat(minus(english, vietnamese)).as("keys with no Vietnamese text").isEmpty();
    }

    private static List<String> keys(String file) throws IOException {
        try (InputStream in = MessagesUnitTests.class.getResourceAsStream("/" + file)) {
            assertThat(in).as(file).isNotNull();
            List<String> keys = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                int split = trimmed.indexOf('=');
                keys.add((split < 0 ? trimmed : trimmed.substring(0, split)).strip());
            }
            return keys;
        }
    }

    private static Map<String, Integer> duplicates(List<String> keys) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        keys.forEach(key -> counts.merge(key, 1, Integer::sum));
        counts.values().removeIf(count -> count == 1);
        return counts;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new HashSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
