package dev.herald.message.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.herald.message.Media;

/** Checks {@link MediaSource}: reported on the media object itself. */
public class MediaSourceValidator implements ConstraintValidator<MediaSource, Media> {

    @Override
    public boolean isValid(Media media, ConstraintValidatorContext context) {
        if (media == null || (media.link() == null) != (media.id() == null)) {
            return true;
        }
        new Report(context).add("", ViolationDetail.of(ViolationDetail.EXACTLY_ONE_OF, "link|id"),
                "must have exactly one of link and id");
        return false;
    }
}
