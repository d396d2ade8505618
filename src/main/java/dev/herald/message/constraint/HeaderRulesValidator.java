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
        report.union(header.type(), TYPES, i -> field(header, i));
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
