package dev.herald.message.constraint;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.herald.message.Media;
import dev.herald.message.Message;

/** Checks {@link MessageRules}. */
public class MessageRulesValidator implements ConstraintValidator<MessageRules, Message> {

    @Override
    public boolean isValid(Message message, ConstraintValidatorContext context) {
        if (message == null) {
            return true;
        }
        Report report = new Report(context);
        Map<String, Object> kinds = kinds(message);
        String type = message.type();
        if (type != null && kinds.containsKey(type)) {
            report.required(type, kinds.get(type));
            kinds.forEach((name, value) -> {
                if (!name.equals(type)) {
                    report.notAllowed(name, value, "when type is " + type);
                }
            });
        } else {
            report.oneOf("type", type, kinds.keySet().toArray(String[]::new));
        }
        noCaption(report, "audio", message.audio());
        noCaption(report, "sticker", message.sticker());
        for (String name : new String[] { "image", "video", "audio", "sticker" }) {
            if (kinds.get(name) instanceof Media media) {
                report.notAllowed(name + ".filename", media.filename(), "on " + name + " (document only)");
            }
        }
        return report.valid();
    }

    private static void noCaption(Report report, String name, Media media) {
        if (media != null) {
            report.notAllowed(name + ".caption", media.caption(), "on " + name);
        }
    }

    private static Map<String, Object> kinds(Message message) {
        Map<String, Object> kinds = new LinkedHashMap<>();
        kinds.put("text", message.text());
        kinds.put("image", message.image());
        kinds.put("video", message.video());
        kinds.put("document", message.document());
        kinds.put("audio", message.audio());
        kinds.put("sticker", message.sticker());
        kinds.put("location", message.location());
        kinds.put("template", message.template());
        kinds.put("interactive", message.interactive());
        return kinds;
    }
}
