package dev.herald.resolve;

import java.util.ArrayList;
import java.util.List;

import dev.herald.compile.Mirror;
import dev.herald.message.Component;
import dev.herald.message.Parameter;
import dev.herald.message.Template;

/** The text the recipient reads, from the mirror's texts with the parameters filled in (previews). */
final class RenderedText {

    private RenderedText() {
    }

    static String of(Template template, Mirror mirror) {
        if (mirror == null) {
            return null;
        }
        Mirror.Variant variant = mirror.languages().get(template.language().code());
        if (variant == null) {
            return null;
        }
        List<String> header = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (Component component : template.components()) {
            if ("header".equals(component.type())) {
                component.parameters().forEach(p -> header.add(text(p)));
            } else if ("body".equals(component.type())) {
                component.parameters().forEach(p -> body.add(text(p)));
            }
        }
        StringBuilder out = new StringBuilder();
        if ("text".equals(variant.headerFormat()) && variant.headerText() != null) {
            out.append(Mirror.fill(variant.headerText(), header)).append("\n\n");
        }
        out.append(Mirror.fill(variant.body(), body));
        if (variant.footer() != null) {
            out.append("\n\n").append(variant.footer());
        }
        return out.toString();
    }

    private static String text(Parameter parameter) {
        if (parameter.currency() != null) {
            return parameter.currency().fallbackValue();
        }
        if (parameter.dateTime() != null) {
            return parameter.dateTime().fallbackValue();
        }
        return parameter.text() != null ? parameter.text() : "[" + parameter.type() + "]";
    }
}
