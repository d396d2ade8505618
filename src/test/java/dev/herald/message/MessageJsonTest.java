package dev.herald.message;

import static dev.herald.message.Fixtures.body;
import static dev.herald.message.Fixtures.button;
import static dev.herald.message.Fixtures.card;
import static dev.herald.message.Fixtures.carousel;
import static dev.herald.message.Fixtures.carouselComponent;
import static dev.herald.message.Fixtures.ctaCard;
import static dev.herald.message.Fixtures.currencyParam;
import static dev.herald.message.Fixtures.interactive;
import static dev.herald.message.Fixtures.message;
import static dev.herald.message.Fixtures.offerParam;
import static dev.herald.message.Fixtures.payloadParam;
import static dev.herald.message.Fixtures.template;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The wire form: absent fields are omitted, numbers and strings have the types WhatsApp expects. */
class MessageJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode tree(Message message) throws Exception {
        return JSON.readTree(JSON.writeValueAsString(message));
    }

    @Test
    void absentFieldsAreOmitted() throws Exception {
        String json = JSON.writeValueAsString(Fixtures.text("Hello"));
        assertEquals("{\"type\":\"text\",\"text\":{\"body\":\"Hello\"}}", json);
    }

    @Test
    void locationCoordinatesAreStrings() throws Exception {
        JsonNode location = tree(message("location", new MapLocation("41.0082", "28.9784", null, null)))
                .get("location");
        assertTrue(location.get("latitude").isTextual());
        assertTrue(location.get("longitude").isTextual());
        assertEquals("{\"latitude\":\"41.0082\",\"longitude\":\"28.9784\"}", location.toString());
    }

    @Test
    void templateNumbersAreIntegersAndButtonIndexIsAString() throws Exception {
        JsonNode components = tree(template(body(currencyParam(new Currency("$12.50", "USD", 12500))),
                button("quick_reply", "0", payloadParam("stop")),
                new Component("limited_time_offer", null, null, List.of(offerParam(1_767_225_600_000L)), null),
                carouselComponent(card(3)))).get("template").get("components");
        JsonNode amount = components.get(0).get("parameters").get(0).get("currency").get("amount_1000");
        assertTrue(amount.isIntegralNumber());
        assertEquals(12500, amount.asLong());
        JsonNode index = components.get(1).get("index");
        assertTrue(index.isTextual());
        assertEquals("0", index.asText());
        JsonNode expiry = components.get(2).get("parameters").get(0).get("limited_time_offer")
                .get("expiration_time_ms");
        assertTrue(expiry.isIntegralNumber());
        assertEquals(1_767_225_600_000L, expiry.asLong());
        JsonNode cardIndex = components.get(3).get("cards").get(0).get("card_index");
        assertTrue(cardIndex.isIntegralNumber());
        assertEquals(3, cardIndex.asInt());
    }

    @Test
    void interactiveCardIndexIsAnIntegerAndWireNamesAreSnakeCase() throws Exception {
        JsonNode card = tree(interactive(carousel(ctaCard(0), ctaCard(1)))).get("interactive").get("action")
                .get("cards").get(1);
        assertTrue(card.get("card_index").isIntegralNumber());
        assertEquals(1, card.get("card_index").asInt());
        assertEquals("Buy", card.get("action").get("parameters").get("display_text").asText());
        assertTrue(card.get("action").get("parameters").get("flow_token") == null);
    }
}
