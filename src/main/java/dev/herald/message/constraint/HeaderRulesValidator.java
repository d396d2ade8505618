package dev.herald.message.constraint;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.herald.message.InteractiveHeader;
import dev.herald.message.Media;

/** Checks {@link HeaderRules}. */
public class HeaderRulesValidator implements ConstraintValidator<HeaderRules, InteractiveHeader> {

    @Override
    public boolean isValid(InteractiveHeader header, ConstraintValidatorContext context) {
        if (header == null) {
            return true;
        }
        Report report = new Report(context);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("text", header.text());
        fields.put("image", header.image());
        fields.put("video", header.video());
        fields.put("document", header.document());
        String type = header.type();
        if (type != null && fields.containsKey(type)) {
            report.required(type, fields.get(type));
            fields.forEach((name, value) -> {
                if (!name.equals(type)) {
                    report.notAllowed(name, value, "when type is " + type);
                }
            });
        } else {
            report.oneOf("type", type, fields.keySet().toArray(String[]::new));
        }
        noFilename(report, "image", header.image());
        noFilename(report, "video", header.video());
        return report.valid();
    }

    static void noFilename(Report report, String name, Media media) {
        if (media != null) {
            report.notAllowed(name + ".filename", media.filename(), "on " + name + " (document only)");
        }
    }
}
