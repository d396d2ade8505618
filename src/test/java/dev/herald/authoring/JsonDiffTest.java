package dev.herald.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonDiffTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void subsetIgnoresKeysTheExpectationDoesNotName() throws Exception {
        assertEquals(List.of(), diff("{\"a\": {\"b\": 1}}", "{\"a\": {\"b\": 1, \"c\": 2}, \"d\": 3}", false));
    }

    @Test
    void exactReportsEveryKeyTheExpectationDoesNotName() throws Exception {
        assertEquals(List.of("m.a.c: expected nothing, got 2", "m.d: expected nothing, got [3]"),
                diff("{\"a\": {\"b\": 1}}", "{\"a\": {\"b\": 1, \"c\": 2}, \"d\": [3]}", true));
    }

    @Test
    void namesTheFullPathOfEachDifferentValue() throws Exception {
        assertEquals(List.of("m.template.language.code: expected \"tr\", got \"en\""),
                diff("{\"template\": {\"language\": {\"code\": \"tr\"}}}",
                        "{\"template\": {\"language\": {\"code\": \"en\"}, \"name\": \"x\"}}", false));
    }

    @Test
    void aMissingKeyIsGotNothing() throws Exception {
        assertEquals(List.of("m.reply_type: expected \"first\", got nothing"),
                diff("{\"reply_type\": \"first\"}", "{}", false));
    }

    @Test
    void listsMustHaveTheSameLengthAndMatchElementByElementEvenInSubsetMode() throws Exception {
        assertEquals(List.of("m.p: expected 2 elements, got 1", "m.p[0].text: expected \"x\", got \"y\""),
                diff("{\"p\": [{\"text\": \"x\"}, {\"text\": \"z\"}]}", "{\"p\": [{\"text\": \"y\", \"type\": \"t\"}]}",
                        false));
        assertEquals(List.of("m.p: expected 1 element, got 0"), diff("{\"p\": [1]}", "{\"p\": []}", false));
    }

    @Test
    void numbersCompareByValueAndNotByType() throws Exception {
        assertEquals(List.of(), diff("{\"n\": 1499990, \"d\": 41.0082}", "{\"n\": 1499990.0, \"d\": 41.00820}", true));
        assertEquals(List.of("m.index: expected 0, got \"0\""), diff("{\"index\": 0}", "{\"index\": \"0\"}", false));
    }

    @Test
    void aDifferentShapeShowsBothValuesCutToOneHundredCharacters() throws Exception {
        String longText = "x".repeat(150);
        List<String> lines = diff("{\"a\": {\"b\": 1}}", "{\"a\": \"" + longText + "\"}", false);
        assertEquals(List.of("m.a: expected {\"b\":1}, got \"" + "x".repeat(96) + "..."), lines);
    }

    private static List<String> diff(String expected, String actual, boolean exact) throws Exception {
        JsonNode e = JSON.readTree(expected);
        JsonNode a = JSON.readTree(actual);
        return JsonDiff.compare("m", e, a, exact);
    }
}
