package dev.herald.preview;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dev.herald.api.ApiProblem;
import dev.herald.api.EventService;
import dev.herald.api.PreviewAnswer;
import dev.herald.compile.DefinitionsException;
import dev.herald.config.EngineHolder;
import dev.herald.config.HeraldConfig;
import dev.herald.preview.PageView.NotificationView;
import dev.herald.preview.PageView.ParameterView;
import dev.herald.preview.PageView.ProblemView;
import dev.herald.resolve.DefinitionInfo;
import dev.herald.resolve.NotificationEngine;

/**
 * {@code /preview}: an HTML page to try an event against the definitions. A plain form (trigger, event JSON) posted
 * back to the same path; the answer is rendered from {@link EventService#preview}, the very preview {@code POST
 * /events/{trigger}/preview} answers, so the page shows what would be sent. Served when {@code herald.preview.enabled}
 * (dev and test); otherwise 404.
 */
@jakarta.ws.rs.Path("/preview")
@Tag(name = "preview")
@Produces(MediaType.TEXT_HTML)
public class PreviewPage {

    @CheckedTemplate(basePath = "preview")
    static class Templates {
        static native TemplateInstance page(PageView page);
    }

    private final HeraldConfig config;
    private final EngineHolder engines;
    private final EventService events;
    private final ObjectMapper mapper;

    PreviewPage(HeraldConfig config, EngineHolder engines, EventService events, ObjectMapper mapper) {
        this.config = config;
        this.engines = engines;
        this.events = events;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "The preview page", description = "Pick a trigger and edit an event; the form posts back here.")
    public String show(@QueryParam("trigger") String trigger) {
        enabled();
        NotificationEngine engine;
        try {
            engine = engines.engine();
        } catch (DefinitionsException e) {
            return broken(e, trigger, null);
        }
        List<String> triggers = triggers(engine);
        String chosen = trigger != null && triggers.contains(trigger) ? trigger
                : triggers.isEmpty() ? null : triggers.get(0);
        String event = chosen == null ? "{}" : skeleton(engine, chosen);
        return render(new PageView(triggers, chosen, event, null, null, apiVersion(), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Preview an event on the page", description = "Form fields: trigger, event (JSON).")
    public String submit(@FormParam("trigger") String trigger, @FormParam("event") String event) {
        enabled();
        String body = event == null ? "" : event;
        NotificationEngine engine;
        PreviewAnswer answer;
        try {
            engine = engines.engine();
            answer = events.preview(trigger == null ? "" : trigger, body.getBytes(StandardCharsets.UTF_8), "/preview");
        } catch (DefinitionsException e) {
            return broken(e, trigger, body);
        } catch (ApiProblem e) {
            return render(
                    new PageView(triggers(engines.engine()), trigger, body, e.getMessage(), null, apiVersion(), null));
        }
        List<NotificationView> notifications = answer.notifications().stream().map(entry -> view(entry, engine))
                .toList();
        return render(new PageView(triggers(engine), trigger, body, null, null, answer.apiVersion(), notifications));
    }

    /** Rendered here rather than returned as a TemplateInstance: no REST-Qute integration needed. */
    private static String render(PageView page) {
        return Templates.page(page).render();
    }

    private void enabled() {
        if (!config.preview().enabled()) {
            throw new NotFoundException();
        }
    }

    private String broken(DefinitionsException e, String trigger, String event) {
        List<String> problems = e.problems().stream().map(Object::toString).toList();
        return render(new PageView(List.of(), trigger, event == null ? "{}" : event,
                "INVALID_DEFINITIONS: the definitions do not compile; fix the files and reload this page", problems,
                apiVersion(), null));
    }

    private NotificationView view(PreviewAnswer.Entry entry, NotificationEngine engine) {
        List<ParameterView> parameters = entry.parameters() == null ? List.of() : entry.parameters().stream()
                .map(p -> new ParameterView(p.expression(), p.location(), json(p.value(), false))).toList();
        List<ProblemView> problems = entry.problems() == null ? List.of() : entry.problems().stream()
                .map(p -> new ProblemView(p.code().name(), p.message(), p.definition(), p.expression())).toList();
        PageView.Bubble bubble = null;
        String request = null;
        if (entry.request() != null) {
            JsonNode tree = mapper.valueToTree(entry.request());
            request = json(tree, true);
            bubble = Bubbles.of(tree, engine::mirror);
        }
        return new NotificationView(entry.name(), entry.status(), entry.reason(), entry.language(),
                entry.languageReason(), parameters, entry.notes() == null ? List.of() : entry.notes(),
                entry.renderedText(), problems, request, bubble);
    }

    private String json(Object value, boolean pretty) {
        if (value instanceof String text) {
            return text;
        }
        try {
            return pretty ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value)
                    : mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    private String skeleton(NotificationEngine engine, String trigger) {
        List<String> sources = engine.definitions().stream().filter(d -> d.trigger().equals(trigger))
                .map(DefinitionInfo::source).toList();
        return EventSkeleton.of(sources, Path.of(config.templatesDir()), mapper);
    }

    private static List<String> triggers(NotificationEngine engine) {
        return List.copyOf(new TreeSet<>(engine.definitions().stream().map(DefinitionInfo::trigger).toList()));
    }

    private String apiVersion() {
        return config.upstream().apiVersion().name().toLowerCase();
    }

}
