package dev.herald.message;

import static dev.herald.message.Fixtures.assertOnly;
import static dev.herald.message.Fixtures.assertValid;
import static dev.herald.message.Fixtures.body;
import static dev.herald.message.Fixtures.buttons;
import static dev.herald.message.Fixtures.interactive;
import static dev.herald.message.Fixtures.reply;
import static dev.herald.message.Fixtures.template;
import static dev.herald.message.Fixtures.text;
import static dev.herald.message.Fixtures.textParam;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Limits count Unicode code points, not UTF-16 units: an emoji outside the BMP is one character. */
class CodePointsTest {

    private static final String ROCKET = "\uD83D\uDE80";

    @Test
    void twentyEmojiTitlePassesAtLimitTwenty() {
        String title = ROCKET.repeat(20);
        assertEquals(40, title.length());
        assertValid(interactive(buttons(reply("go", title))));
    }

    @Test
    void twentyOneEmojiTitleReportsTwentyOneCharacters() {
        LimitViolation violation = assertOnly(interactive(buttons(reply("go", ROCKET.repeat(21)))),
                "interactive.action.buttons[0].reply.title", "max_length", "20", 21);
        assertEquals("interactive.action.buttons[0].reply.title: 21 characters, limit 20", violation.message());
    }

    @Test
    void classLevelLimitsCountCodePointsToo() {
        assertValid(template(body(textParam(ROCKET.repeat(1024)))));
        assertOnly(template(body(textParam(ROCKET.repeat(1025)))), "template.components[0].parameters[0].text",
                "max_length", "1024", 1025);
    }

    @Test
    void textBodyCountsCodePoints() {
        assertValid(text(ROCKET.repeat(4096)));
        assertOnly(text(ROCKET.repeat(4097)), "text.body", "max_length", "4096", 4097);
    }
}
