package dev.herald.message;

import static dev.herald.message.Fixtures.assertOnly;
import static dev.herald.message.Fixtures.assertValid;
import static dev.herald.message.Fixtures.image;
import static dev.herald.message.Fixtures.link;
import static dev.herald.message.Fixtures.message;
import static dev.herald.message.Fixtures.text;
import static dev.herald.message.Fixtures.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Limits of the message itself, text, media, location and reply context. */
class MessageRulesTest {

    @Test
    void typeIsRequired() {
        assertOnly(new Message(null, null, new Text("hi", null), null, null, null, null, null, null, null, null),
                "type", "required", null, null);
    }

    @Test
    void typeMustBeAKnownKind() {
        assertOnly(new Message("contacts", null, null, null, null, null, null, null, null, null, null), "type",
                "one_of", "text|image|video|document|audio|sticker|location|template|interactive", null);
    }

    @Test
    void kindFieldNamedByTypeIsRequired() {
        assertOnly(new Message("image", null, null, null, null, null, null, null, null, null, null), "image",
                "required", null, null);
    }

    @Test
    void otherKindFieldsAreNotAllowed() {
        Message both = new Message("text", null, new Text("hi", null), image(), null, null, null, null, null, null,
                null);
        LimitViolation violation = assertOnly(both, "image", "not_allowed", null, null);
        assertEquals("image: is not allowed when type is text", violation.message());
    }

    @Test
    void contextNeedsMessageId() {
        assertValid(new Message("text", new Context("wamid.1"), new Text("hi", null), null, null, null, null, null,
                null, null, null));
        assertOnly(new Message("text", new Context(null), new Text("hi", null), null, null, null, null, null, null,
                null, null), "context.message_id", "required", null, null);
    }

    @Test
    void textBodyIsRequired() {
        assertOnly(text(null), "text.body", "required", null, null);
        assertOnly(text("  "), "text.body", "required", null, null);
    }

    @Test
    void textBodyIsAtMost4096Characters() {
        assertValid(text("a".repeat(4096)));
        LimitViolation violation = assertOnly(text("a".repeat(4097)), "text.body", "max_length", "4096", 4097);
        assertEquals("text.body: 4097 characters, limit 4096", violation.message());
    }

    @Test
    void mediaNeedsExactlyOneOfLinkAndId() {
        assertValid(message("image", new Media(null, "media-1", null, null)));
        LimitViolation neither = assertOnly(message("image", new Media(null, null, null, null)), "image",
                "exactly_one_of", "link|id", null);
        assertEquals("image: must have exactly one of link and id", neither.message());
        assertOnly(message("video", new Media("https://x.example.com/v.mp4", "media-1", null, null)), "video",
                "exactly_one_of", "link|id", null);
    }

    @Test
    void mediaLinkMustBeHttpOrHttps() {
        assertValid(message("image", link("http://cdn.example.com/a.png")));
        assertOnly(message("image", link("ftp://cdn.example.com/a.png")), "image.link", "url", "http|https", null);
        assertOnly(message("document", link("not a url")), "document.link", "url", "http|https", null);
    }

    @Test
    void captionIsAtMost1024Characters() {
        assertValid(message("image", new Media(null, "m", "c".repeat(1024), null)));
        assertOnly(message("video", new Media(null, "m", "c".repeat(1025), null)), "video.caption", "max_length",
                "1024", 1025);
    }

    @Test
    void captionIsNotAllowedOnAudioAndSticker() {
        assertValid(message("document", new Media(null, "m", "Receipt", null)));
        assertOnly(message("audio", new Media(null, "m", "Listen", null)), "audio.caption", "not_allowed", null, null);
        LimitViolation sticker = assertOnly(message("sticker", new Media(null, "m", "Hi", null)), "sticker.caption",
                "not_allowed", null, null);
        assertEquals(Media.class, sticker.leafBean().getClass());
    }

    @Test
    void filenameIsOnlyAllowedOnDocuments() {
        assertValid(message("document", new Media(null, "m", null, "r.pdf")));
        assertOnly(message("image", new Media(null, "m", null, "a.png")), "image.filename", "not_allowed", null, null);
        assertOnly(message("audio", new Media(null, "m", null, "a.mp3")), "audio.filename", "not_allowed", null, null);
    }

    @Test
    void locationCoordinatesAreRequired() {
        assertOnly(message("location", new MapLocation(null, "28.9", null, null)), "location.latitude", "required",
                null, null);
        assertOnly(message("location", new MapLocation("41", "", null, null)), "location.longitude", "required", null,
                null);
    }

    @Test
    void locationCoordinatesAreDecimalNumbers() {
        assertValid(message("location", new MapLocation("+41.5", "-28", null, null)));
        assertOnly(message("location", new MapLocation("north", "28.9", null, null)), "location.latitude", "number",
                "-90..90", null);
        assertOnly(message("location", new MapLocation("41", "1e2", null, null)), "location.longitude", "number",
                "-180..180", null);
    }

    @Test
    void locationCoordinatesAreInRange() {
        assertValid(message("location", new MapLocation("90", "-180", null, null)));
        assertOnly(message("location", new MapLocation("90.0001", "28.9", null, null)), "location.latitude", "range",
                "-90..90", null);
        assertOnly(message("location", new MapLocation("41", "-180.5", null, null)), "location.longitude", "range",
                "-180..180", null);
    }

    @Test
    void leafBeanIsTheRecordHoldingTheValue() {
        Text text = new Text(null, null);
        LimitViolation violation = assertOnly(message("text", text), "text.body", "required", null, null);
        assertSame(text, violation.leafBean());
        Media media = new Media(null, null, null, null);
        assertSame(media, assertOnly(message("image", media), "image", "exactly_one_of", "link|id", null).leafBean());
        Message missing = new Message("image", null, null, null, null, null, null, null, null, null, null);
        assertSame(missing, assertOnly(missing, "image", "required", null, null).leafBean());
    }

    @Test
    void violationsAreSortedByPath() {
        Message message = new Message("location", new Context(""), null, null, null, null, null, null,
                new MapLocation("x", null, null, null), null, null);
        List<String> paths = violations(message).stream().map(LimitViolation::path).toList();
        assertEquals(List.of("context.message_id", "location.latitude", "location.longitude"), paths);
    }

    @Test
    void e164NeedsPlusAndSevenToFifteenDigits() {
        assertEquals(true, MessageValidator.isE164("+905321234567"));
        assertEquals(true, MessageValidator.isE164("+1234567"));
        assertEquals(false, MessageValidator.isE164("905321234567"));
        assertEquals(false, MessageValidator.isE164("+0905321234"));
        assertEquals(false, MessageValidator.isE164("+123456"));
        assertEquals(false, MessageValidator.isE164("+1234567890123456"));
        assertEquals(false, MessageValidator.isE164(null));
    }
}
