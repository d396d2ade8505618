package dev.herald.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.herald.message.Card;
import dev.herald.message.Component;
import dev.herald.message.MessageValidator;
import dev.herald.message.Row;
import dev.herald.message.Template;

/**
 * The sample definitions under the top-level {@code rules/} and {@code templates/} compile, and each example event
 * under {@code src/test/resources/events/} (file name = trigger) resolves to what the README and previews show. Plain
 * JUnit: no Quarkus.
 */
class SampleDefinitionsTest {

    static final Path EVENTS = Path.of("src/test/resources/events");
    static final ObjectMapper JSON = new ObjectMapper();

    /** What each sample notification gives for its example event: every one of them is ready to send. */
    static final Map<String, String> EXPECTED_KINDS = Map.of("welcome-message", "Ready", "order-shipped", "Ready",
            "weekly-picks", "Ready", "slot-list", "Ready", "delivery-slot", "Ready", "delivery-slot-confirmed",
            "Ready");

    static NotificationEngine engine;

    @BeforeAll
    static void compileTheSamples() {
        engine = NotificationEngine.compile(Path.of("rules"), Path.of("templates"), MessageValidator.create());
    }

    @Test
    void everySampleTriggerHasAnExampleEventAndEveryEventHasATrigger() throws IOException {
        TreeSet<String> triggers = engine.definitions().stream().map(DefinitionInfo::trigger)
                .collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> eventFiles;
        try (Stream<Path> files = Files.list(EVENTS)) {
            eventFiles = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertEquals(new TreeSet<>(List.of("customer.registered", "delivery.slot_confirmed", "delivery.slot_needed",
                "delivery.slots_offered", "order.shipped", "recommendations.weekly")), triggers);
        assertEquals(triggers, eventFiles);
    }

    @Test
    void everyExampleEventResolvesEveryNotificationOfItsTrigger() throws IOException {
        Map<String, String> kinds = new TreeMap<>();
        try (Stream<Path> files = Files.list(EVENTS)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String trigger = name.substring(0, name.length() - ".json".length());
                List<Outcome> outcomes = engine.resolve(trigger, EventJson.read(Files.readAllBytes(file)), true);
                for (Outcome outcome : outcomes) {
                    kinds.put(outcome.name(), outcome.getClass().getSimpleName()
                            + (outcome instanceof Outcome.Failed f ? " " + f.problems() : ""));
                }
            }
        }
        assertEquals(new TreeMap<>(EXPECTED_KINDS), kinds);
    }

    @Test
    void weeklyPicksCutTwelveRecommendationsToTenCardsAndSaysSo() throws IOException {
        Outcome.Ready ready = only("recommendations.weekly");

        Template template = ready.message().template();
        assertEquals("weekly_picks", template.name());
        assertEquals("en", template.language().code());
        assertNull(template.language().policy());
        Component carousel = component(template, "carousel");
        List<Card> cards = carousel.cards();
        assertEquals(10, cards.size());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), cards.stream().map(Card::cardIndex).toList());
        JsonNode last = wire(cards.get(9));
        assertEquals(
                JSON.readTree(
                        """
                                {"card_index": 9, "components": [
                                  {"type": "header", "parameters": [{"type": "image", "image": {"link": "https://cdn.shop.example/picks/10.jpg"}}]},
                                  {"type": "body", "parameters": [{"type": "text", "text": "Trek Poles"}, {"type": "text", "text": "1.399,00 TL"}]},
                                  {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "pick-10"}]}]}
                                """),
                last);
        assertEquals(List.of("carousel: event.recommendations has 12 elements, cut to the maximum of 10"),
                ready.notes());
        assertEquals("Hi Mehmet, here are this week's picks for you.", ready.renderedText());
    }

    @Test
    void orderShippedPicksTurkishForTheTurkishLocaleAndRendersTheMirrorText() throws IOException {
        Outcome.Ready ready = only("order.shipped");

        assertEquals("tr", ready.language());
        assertEquals("\"tr-TR\" gives tr_TR, tr, en; tr is the first approved in templates/order_shipped.yaml",
                ready.languageReason());
        assertEquals("Merhaba Mehmet, ORD-12345 numaralı siparişiniz (1.499,99 TL) yola çıktı."
                + "\n\nBizi tercih ettiğiniz için teşekkürler", ready.renderedText());
        assertEquals(new Outcome.Recipient("+905321112233", "cus-1001", null, null, Map.of()), ready.recipient());
        assertEquals(List.of(), ready.notes());
        assertEquals(
                JSON.readTree(
                        """
                                {"type": "template", "template": {"name": "order_shipped", "language": {"code": "tr"},
                                  "components": [
                                    {"type": "header", "parameters": [{"type": "image", "image": {"link": "https://cdn.shop.example/items/headphones.jpg"}}]},
                                    {"type": "body", "parameters": [
                                      {"type": "text", "text": "Mehmet"},
                                      {"type": "text", "text": "ORD-12345"},
                                      {"type": "currency", "currency": {"fallback_value": "1.499,99 TL", "code": "TRY", "amount_1000": 1499990}}]},
                                    {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "ORD-12345-7f3a"}]},
                                    {"type": "button", "sub_type": "quick_reply", "index": "1", "parameters": [{"type": "payload", "payload": "STOP_cus-1001"}]}]}}
                                """),
                wire(ready.message()));
    }

    @Test
    void orderShippedWithoutATotalIsSkippedByItsCondition() throws IOException {
        ObjectNode event = (ObjectNode) EventJson.read(Files.readAllBytes(EVENTS.resolve("order.shipped.json")));
        ((ObjectNode) event.get("order")).put("total_1000", 0);

        List<Outcome> outcomes = engine.resolve("order.shipped", event, false);

        assertEquals(List.of(new Outcome.Skipped("order-shipped", "when: event.order.total_1000 > 0 was false")),
                outcomes);
    }

    @Test
    void welcomeMessageIsTheProvidersV2SampleWithItsMirrorText() throws IOException {
        Outcome.Ready ready = only("customer.registered");

        assertEquals("tr", ready.language());
        assertEquals("Hoş geldin Ahmet! Aramıza katıldığın için teşekkürler.", ready.renderedText());
        assertEquals(new Outcome.Recipient("+905559876543", "user-uuid-123", null, null, Map.of()), ready.recipient());
        assertEquals(JSON.readTree("""
                {"type": "template", "template": {"name": "welcome_message", "language": {"code": "tr"},
                  "components": [{"type": "body", "parameters": [{"type": "text", "text": "Ahmet"}]}]}}
                """), wire(ready.message()));
    }

    @Test
    void deliverySlotQuestionFillsTheIncludedTextAndHasNoLanguage() throws IOException {
        Outcome.Ready ready = only("delivery.slot_needed");

        assertNull(ready.language());
        assertNull(ready.renderedText());
        assertEquals(JSON.readTree("""
                {"type": "interactive", "interactive": {"type": "button",
                  "header": {"type": "text", "text": "Order ORD-20240603-17"},
                  "body": {"text": "Hi Ayşe, when should we deliver order ORD-20240603-17 on Monday 3 June?"},
                  "footer": {"text": "Reply within 24 hours"},
                  "action": {"buttons": [
                    {"type": "reply", "reply": {"id": "slot_am", "title": "Morning"}},
                    {"type": "reply", "reply": {"id": "slot_pm", "title": "Evening"}}]}}}
                """), wire(ready.message()));
    }

    @Test
    void slotConfirmationIsPlainTextFromTheIncludedTemplate() throws IOException {
        Outcome.Ready ready = only("delivery.slot_confirmed");

        assertEquals(
                JSON.readTree(
                        """
                                {"type": "text", "text": {"body": "Thanks Ayşe! Order ORD-20240603-17 will arrive on Monday 3 June, between 09:00 and 12:00. Reply to this message if anything changes.",
                                  "preview_url": false}}
                                """),
                wire(ready.message()));
    }

    @Test
    void slotListHasOneRowPerOfferedSlotAndNothingCut() throws IOException {
        Outcome.Ready ready = only("delivery.slots_offered");

        List<Row> rows = ready.message().interactive().action().sections().get(0).rows();
        assertEquals(6, rows.size());
        assertEquals(List.of("slot-2024-06-03-am", "slot-2024-06-03-pm", "slot-2024-06-04-am", "slot-2024-06-04-pm",
                "slot-2024-06-05-am", "slot-2024-06-05-pm"), rows.stream().map(Row::id).toList());
        assertEquals(
                JSON.readTree(
                        """
                                {"id": "slot-2024-06-05-pm", "title": "Wed 5 Jun, 13:00-17:00", "description": "Courier arrives between 13:00 and 17:00"}
                                """),
                wire(rows.get(5)));
        assertEquals(List.of(), ready.notes());
    }

    private static Outcome.Ready only(String trigger) throws IOException {
        JsonNode event = EventJson.read(Files.readAllBytes(EVENTS.resolve(trigger + ".json")));
        List<Outcome> outcomes = engine.resolve(trigger, event, true);
        assertEquals(1, outcomes.size(), () -> trigger + ": " + outcomes);
        return assertInstanceOf(Outcome.Ready.class, outcomes.get(0), () -> outcomes.get(0).toString());
    }

    /** The object as it goes on the wire, read back as a tree (numbers compare by their written form). */
    private static JsonNode wire(Object value) throws IOException {
        return JSON.readTree(JSON.writeValueAsString(value));
    }

    private static Component component(Template template, String type) {
        return template.components().stream().filter(c -> type.equals(c.type())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " component in " + template.components()));
    }
}
