package dev.herald.message.constraint;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.herald.message.InteractiveHeader;
import dev.herald.message.Media;

/** Checks {@link HeaderRules}. */
public class HeaderRulesValidator implements ConstraintValidator<HeaderRules, InteractiveHeader> {

    /** The header types, each the name of the field it sets. */
    private static final List<String> TYPES = List.of("text", "image", "video", "document");

    @Override
    public boolean isValid(InteractiveHeader header, ConstraintValidatorContext context) {
        if (header == null) {
            return true;
        }
        Report report = new Report(context);
        String type = header.type();
        int typed = type == null ? -1 : TYPES.indexOf(type);
        if (typed >= 0) {
            report.required(type, field(header, typed));
            for (int i = 0; i < TYPES.size(); i++) {
                if (i != typed) {
                    report.notAllowedWhenType(TYPES.get(i), field(header, i), type);
                }
            }
        } else {
            report.oneOf("type", type, TYPES.toArray(String[]::new));
        }
        noFilename(report, "image", header.image());
        noFilename(report, "video", header.video());
        return report.valid();
    }

    private static Object field(InteractiveHeader header, int index) {
        return switch (index) {
        case 0 -> header.text();
        case 1 -> header.image();
        case 2 -> header.video();
        case 3 -> header.document();
        default -> throw new IllegalArgumentException("no header type at " + index);
        };
    }

    static void noFilename(Report report, String name, Media media) {
        if (media != null && media.filename() != null) {
            report.notAllowed(name + ".filename", media.filename(), "on " + name + " (document only)");
        }
    }
}
