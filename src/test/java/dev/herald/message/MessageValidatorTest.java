package dev.herald.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Building the validator and the shape of its answer. */
class MessageValidatorTest {

    @Test
    void createBuildsAValidatorWithoutExpressionLanguage() {
        MessageValidator validator = MessageValidator.create();
        List<LimitViolation> violations = validator.validate(Fixtures.text("a".repeat(5000)));
        assertEquals(1, violations.size());
        assertEquals("text.body: 5000 characters, limit 4096", violations.get(0).message());
    }

    @Test
    void acceptsAGivenValidator() {
        Validator validator = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        List<LimitViolation> violations = new MessageValidator(validator).validate(Fixtures.text(null));
        assertEquals(List.of("text.body: must not be blank"),
                violations.stream().map(LimitViolation::message).toList());
    }

    @Test
    void customConstraintMessagesInterpolateTheirLimit() {
        List<LimitViolation> violations = Fixtures
                .violations(Fixtures.message("location", new MapLocation("91", "0", null, null)));
        assertEquals("location.latitude: must be a decimal number from -90 to 90", violations.get(0).message());
    }

    @Test
    void rejectsNullMessage() {
        assertThrows(NullPointerException.class, () -> MessageValidator.create().validate(null));
    }

    @Test
    void sortsListIndexesNumerically() {
        ReplyButton[] buttons = new ReplyButton[12];
        for (int i = 0; i < buttons.length; i++) {
            buttons[i] = Fixtures.reply("id" + i, i == 2 || i == 10 ? "t".repeat(20) + i : "T" + i);
        }
        List<String> paths = Fixtures.violations(Fixtures.interactive(Fixtures.buttons(buttons))).stream()
                .map(LimitViolation::path).toList();
        assertEquals(List.of("interactive.action.buttons", "interactive.action.buttons[2].reply.title",
                "interactive.action.buttons[10].reply.title"), paths);
    }
}
