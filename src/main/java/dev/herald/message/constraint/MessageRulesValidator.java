package dev.herald.message.constraint;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.herald.message.Media;
import dev.herald.message.Message;

/** Checks {@link MessageRules}. */
public class MessageRulesValidator implements ConstraintValidator<MessageRules, Message> {

    /** The message types, each the name of the field it sets. */
    private static final List<String> KINDS = List.of("text", "image", "video", "document", "audio", "sticker",
            "location", "template", "interactive");

    @Override
    public boolean isValid(Message message, ConstraintValidatorContext context) {
        if (message == null) {
            return true;
        }
        Report report = new Report(context);
        report.union(message.type(), KINDS, i -> kind(message, i));
        noCaption(report, "audio", message.audio());
        noCaption(report, "sticker", message.sticker());
        HeaderRulesValidator.noFilename(report, "image", message.image());
        HeaderRulesValidator.noFilename(report, "video", message.video());
        HeaderRulesValidator.noFilename(report, "audio", message.audio());
        HeaderRulesValidator.noFilename(report, "sticker", message.sticker());
        return report.valid();
    }

    private static void noCaption(Report report, String name, Media media) {
        if (media != null && media.caption() != null) {
            report.notAllowed(name + ".caption", media.caption(), "on " + name);
        }
    }

    private static Object kind(Message message, int index) {
        return switch (index) {
        case 0 -> message.text();
        case 1 -> message.image();
        case 2 -> message.video();
        case 3 -> message.document();
        case 4 -> message.audio();
        case 5 -> message.sticker();
        case 6 -> message.location();
        case 7 -> message.template();
        case 8 -> message.interactive();
        default -> throw new IllegalArgumentException("no message kind at " + index);
        };
    }
}
