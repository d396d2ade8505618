import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a large, varied and valid set of Herald definitions for the startup benchmark:
 * {@code <out>/rules/*.yaml} (notifications, 10 per file, grouped by domain), {@code <out>/templates/*.yaml} (one
 * mirror per template notification, 1 to 5 languages), two includable Qute files, and {@code <out>/event.json}, one
 * event that every generated trigger can resolve, {@code <out>/triggers} (all triggers, one a line) and
 * {@code <out>/probe-trigger} (a trigger with one template notification, used as the benchmark's first request).
 *
 * <p>
 * Run with {@code java bench/startup/Generate.java <out-dir> [count] [seed]} (JDK 17 single-file launch, no build
 * needed), or through {@code bench/startup/generate.sh}. The output is deterministic for a given count and seed.
 */
public class Generate {

    static final String[] DOMAINS = { "orders", "payments", "shipping", "accounts", "loyalty", "appointments",
            "subscriptions", "returns", "marketing", "support", "travel", "banking", "insurance", "education",
            "restaurants", "pharmacy", "events", "real-estate", "mobility", "utilities" };
    static final String[] ACTIONS = { "created", "confirmed", "shipped", "delayed", "delivered", "cancelled",
            "reminder", "expiring", "renewed", "failed", "refunded", "updated", "opened", "closed", "scheduled",
            "abandoned", "ready", "approved", "rejected", "welcome" };

    /** Per language: greeting, sentence fragments with {{n}} placeholders filled in by index. */
    record Lang(String code, String hi, String[] phrases, String footer, String track, String stop, String view,
            String copy) {
    }

    static final List<Lang> LANGS = List.of(
            new Lang("en", "Hi", new String[] { "your request {{N}} is being processed", "the total is {{N}}",
                    "we will contact you on {{N}}", "reference {{N}} is attached", "see {{N}} for details" },
                    "Thank you for choosing us", "Track", "Stop", "View", "Copy code"),
            new Lang("tr", "Merhaba", new String[] { "{{N}} numaralı talebiniz işleniyor", "toplam tutar {{N}}",
                    "sizinle {{N}} tarihinde iletişime geçeceğiz", "{{N}} referansı ektedir",
                    "ayrıntılar için {{N}} adresine bakın" }, "Bizi tercih ettiğiniz için teşekkürler", "Takip",
                    "Dur", "Gör", "Kodu kopyala"),
            new Lang("de", "Hallo", new String[] { "Ihre Anfrage {{N}} wird bearbeitet", "der Gesamtbetrag ist {{N}}",
                    "wir melden uns am {{N}}", "Referenz {{N}} liegt bei", "Details unter {{N}}" },
                    "Danke, dass Sie uns gewählt haben", "Verfolgen", "Stopp", "Ansehen", "Code kopieren"),
            new Lang("fr", "Bonjour", new String[] { "votre demande {{N}} est en cours", "le total est de {{N}}",
                    "nous vous contacterons le {{N}}", "la référence {{N}} est jointe", "voir {{N}} pour les détails" },
                    "Merci de nous avoir choisis", "Suivre", "Arrêter", "Voir", "Copier le code"),
            new Lang("es", "Hola", new String[] { "tu solicitud {{N}} está en proceso", "el total es {{N}}",
                    "te contactaremos el {{N}}", "la referencia {{N}} está adjunta", "consulta {{N}} para más detalles" },
                    "Gracias por elegirnos", "Seguir", "Parar", "Ver", "Copiar código"),
            new Lang("pt_BR", "Olá", new String[] { "seu pedido {{N}} está em processamento", "o total é {{N}}",
                    "entraremos em contato em {{N}}", "a referência {{N}} está anexada", "veja {{N}} para detalhes" },
                    "Obrigado por nos escolher", "Rastrear", "Parar", "Ver", "Copiar código"),
            new Lang("ar", "مرحبا", new String[] { "طلبك {{N}} قيد المعالجة", "المجموع {{N}}", "سنتواصل معك في {{N}}",
                    "المرجع {{N}} مرفق", "راجع {{N}} للتفاصيل" }, "شكرا لاختيارك لنا", "تتبع", "إيقاف", "عرض",
                    "نسخ الرمز"),
            new Lang("it", "Ciao", new String[] { "la tua richiesta {{N}} è in lavorazione", "il totale è {{N}}",
                    "ti contatteremo il {{N}}", "il riferimento {{N}} è allegato", "vedi {{N}} per i dettagli" },
                    "Grazie per averci scelto", "Traccia", "Stop", "Vedi", "Copia codice"));

    /** Event paths a body parameter may use (all present in event.json). */
    static final String[] TEXT_PATHS = { "event.order.id", "event.order.total_text", "event.customer.last_name",
            "event.appointment.when_text", "event.clinic.name", "event.order.tracking_slug", "event.account.number",
            "event.ticket.id", "event.store.city" };

    final Random random;
    final StringBuilder event = new StringBuilder();

    Generate(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java Generate.java <out-dir> [count=500] [seed=42]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        new Generate(seed).write(out, count);
    }

    void write(Path out, int count) throws IOException {
        Path rules = out.resolve("rules");
        Path templates = out.resolve("templates");
        Files.createDirectories(rules);
        Files.createDirectories(templates);
        try (var old = Files.list(rules)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        try (var old = Files.list(templates)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(templates.resolve("bench-question.txt"),
                "Hi {event.customer.first_name ?: 'there'}, when should we deliver order {event.order.id} on {event.date_text}?\n",
                StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("bench-confirmed.txt"),
                "Thanks {event.customer.first_name ?: 'there'}! Order {event.order.id} arrives on {event.date_text}, {event.slot_label}.\n",
                StandardCharsets.UTF_8);

        int perFile = 10;
        int mirrors = 0;
        String probe = null;
        List<String> triggers = new ArrayList<>();
        StringBuilder file = null;
        String fileName = null;
        for (int i = 0; i < count; i++) {
            if (i % perFile == 0) {
                if (file != null) {
                    Files.writeString(rules.resolve(fileName), file, StandardCharsets.UTF_8);
                }
                String domain = DOMAINS[(i / 20) % DOMAINS.length];
                fileName = domain + "-" + String.format("%02d", i / perFile) + ".yaml";
                file = new StringBuilder("# yaml-language-server: $schema=../../schemas/rules.schema.json\n")
                        .append("# Generated by bench/startup/Generate.java: ").append(domain)
                        .append(" notifications.\nnotifications:\n");
            }
            // two files per domain; about 4 notifications per trigger: a pair in each of the domain's two files
            String domain = DOMAINS[(i / 20) % DOMAINS.length];
            String action = ACTIONS[((i % 10) / 2 + 5 * (i / 20)) % ACTIONS.length];
            String trigger = domain.replace('-', '_') + "." + action + (i >= 400 ? ".v2" : "");
            String name = domain + "-" + action.replace('_', '-') + "-" + String.format("%03d", i);
            int kind = i % 20;
            if (i == 0) {
                // the probe (the benchmark's first request): one plain template notification on its own trigger
                trigger = "bench.probe";
                probe = trigger;
            }
            if (!triggers.contains(trigger)) {
                triggers.add(trigger);
            }
            if (kind >= 17) {
                file.append(nonTemplate(name, trigger, kind, i));
            } else {
                String template = domain.replace('-', '_') + "_" + action + "_v" + i;
                Notif n = templateNotification(name, trigger, template, kind, i);
                file.append(n.rule);
                Files.writeString(templates.resolve(template + ".yaml"), n.mirror, StandardCharsets.UTF_8);
                mirrors++;
            }
        }
        if (file != null) {
            Files.writeString(rules.resolve(fileName), file, StandardCharsets.UTF_8);
        }
        Files.writeString(out.resolve("event.json"), EVENT, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("probe-trigger"), probe + "\n", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("triggers"), String.join("\n", triggers) + "\n", StandardCharsets.UTF_8);
        System.out.printf("wrote %d notifications (%d triggers, %d mirrors) to %s%n", count, triggers.size(), mirrors,
                out);
    }

    record Notif(String rule, String mirror) {
    }

    /**
     * Template notification kinds (by {@code kind}): 0-2 body only, 3-4 text header, 5-6 image header + currency +
     * url/quick_reply, 7 date_time + copy_code, 8 video header, 9 document header, 10-11 carousel for_each, 12
     * literal language with fallback, 13 limited time offer + copy code, 14 url cta_link + quick reply, 15 static
     * carousel, 16 default values and a condition.
     */
    Notif templateNotification(String name, String trigger, String template, int kind, int i) {
        List<Lang> langs = pickLanguages(i);
        StringBuilder r = new StringBuilder();
        StringBuilder m = new StringBuilder("# yaml-language-server: $schema=../../schemas/templates.schema.json\n");
        m.append("name: ").append(template).append('\n');
        m.append("category: ").append(kind == 13 || kind >= 10 && kind <= 11 ? "MARKETING" : "UTILITY").append('\n');
        m.append("languages:\n");

        r.append("  - name: ").append(name).append('\n');
        r.append("    trigger: ").append(trigger).append('\n');
        r.append("    description: Generated ").append(kindName(kind)).append(" template notification ").append(i)
                .append(".\n");
        if (kind == 16) {
            r.append("    when: event.order.total_1000 > 0 && event.customer.opt_in\n");
        } else if (i % 7 == 3) {
            r.append("    when: event.customer.opt_in\n");
        }
        r.append("    to: \"{event.customer.phone}\"\n");
        if (i % 3 == 0) {
            r.append("    user_id: \"{event.customer.id}\"\n");
        }
        if (i % 11 == 5) {
            r.append("    unique_args: {campaign: \"").append(template).append("\", order: \"{event.order.id}\"}\n");
        }
        r.append("    template:\n");
        r.append("      name: ").append(template).append('\n');
        if (kind == 12) {
            // a literal code not approved, falling back to en
            r.append("      language: {code: ").append(langs.size() > 1 ? langs.get(1).code() : "en")
                    .append(", fallback: [en], policy: deterministic}\n");
        } else if (langs.size() == 1) {
            r.append("      language: {code: en}\n");
        } else {
            r.append("      language:\n        code: \"{event.customer.locale}\"\n        fallback: [en]\n");
        }

        int bodyParams = 1 + random.nextInt(4);
        String header = null; // rule side
        String headerMirror = null; // mirror side
        List<String> bodyRule = new ArrayList<>();
        bodyRule.add(kind == 16 ? "\"{event.customer.nick ?: event.customer.first_name}\""
                : "\"{event.customer.first_name}\"");
        List<String> buttonsRule = new ArrayList<>();
        List<String[]> buttonsMirror = new ArrayList<>(); // type, url (or null)
        String carouselRule = null;
        String cardMirror = null;
        String extra = null;
        switch (kind) {
        case 3, 4 -> {
            header = "text: \"{event.order.id}\"";
            headerMirror = "{format: text, text: \"#{{1}}\"}";
        }
        case 5, 6 -> {
            header = "image: \"{event.order.items.0.image_url}\"";
            headerMirror = "{format: image}";
            bodyParams = Math.max(bodyParams, 2);
            buttonsRule.add("{index: 0, sub_type: url, text: \"{event.order.tracking_slug}\"}");
            buttonsMirror.add(new String[] { "url", "https://shop.example/track/{{1}}" });
            buttonsRule.add("{index: 1, sub_type: quick_reply, payload: \"STOP_{event.customer.id}\"}");
            buttonsMirror.add(new String[] { "quick_reply", null });
        }
        case 7 -> {
            buttonsRule.add("{index: 0, sub_type: copy_code, coupon_code: \"{event.offer.code}\"}");
            buttonsMirror.add(new String[] { "copy_code", null });
        }
        case 8 -> {
            header = "video: {link: \"{event.media.video_url}\"}";
            headerMirror = "{format: video}";
        }
        case 9 -> {
            header = "document: {link: \"{event.media.invoice_url}\", filename: invoice.pdf}";
            headerMirror = "{format: document}";
            buttonsRule.add("{index: 0, sub_type: quick_reply, payload: \"HELP_{event.ticket.id}\"}");
            buttonsMirror.add(new String[] { "quick_reply", null });
        }
        case 10, 11 -> {
            carouselRule = "      carousel:\n        for_each: event.recommendations\n        card:\n"
                    + "          header: {image: \"{it.image_url}\"}\n"
                    + "          body: [\"{it.title}\", \"{it.price}\"]\n"
                    + "          buttons:\n            - {index: 0, sub_type: url, text: \"{it.slug}\"}\n"
                    + (kind == 11 ? "            - {index: 1, sub_type: quick_reply, payload: \"MORE_{it.slug}\"}\n"
                            : "");
            cardMirror = "      - header: {format: image}\n        body: \"{{1}} - {{2}}\"\n        buttons:\n"
                    + "          - {type: url, text: View, url: \"https://shop.example/p/{{1}}\"}\n"
                    + (kind == 11 ? "          - {type: quick_reply, text: More}\n" : "");
        }
        case 13 -> {
            extra = "      limited_time_offer: {expiration_time_ms: \"{event.offer.ends_ms}\"}\n";
            buttonsRule.add("{index: 0, sub_type: copy_code, coupon_code: \"{event.offer.code}\"}");
            buttonsMirror.add(new String[] { "copy_code", null });
        }
        case 14 -> {
            buttonsRule.add("{index: 0, sub_type: url, cta_link: \"?ref={event.order.id}\"}");
            buttonsMirror.add(new String[] { "url", "https://shop.example/o/{{1}}" });
            buttonsRule.add("{index: 1, sub_type: quick_reply, payload: \"OK_{event.order.id}\"}");
            buttonsMirror.add(new String[] { "quick_reply", null });
        }
        case 15 -> {
            carouselRule = "      carousel:\n" + "        - header: {image: \"{event.recommendations.0.image_url}\"}\n"
                    + "          body: [\"{event.recommendations.0.title}\"]\n"
                    + "        - header: {image: \"{event.recommendations.1.image_url}\"}\n"
                    + "          body: [\"{event.recommendations.1.title}\"]\n";
            cardMirror = "      - header: {format: image}\n        body: \"{{1}}\"\n";
        }
        default -> {
        }
        }
        // body: first parameter the first name, then text paths, a currency (5, 6) or date_time (7)
        for (int p = 2; p <= bodyParams; p++) {
            if (p == 2 && (kind == 5 || kind == 6)) {
                bodyRule.add("currency: {code: \"{event.order.currency}\", amount_1000: \"{event.order.total_1000}\", "
                        + "fallback_value: \"{event.order.total_text}\"}");
            } else if (p == 2 && kind == 7) {
                bodyRule.add("date_time: {fallback_value: \"{event.appointment.when_text}\"}");
            } else if (kind == 16 && p == 3) {
                bodyRule.add("\"{event.store.manager ?: 'our team'}\"");
            } else {
                String path = TEXT_PATHS[random.nextInt(TEXT_PATHS.length)];
                bodyRule.add(random.nextInt(4) == 0 ? "\"Ref {" + path + "}\"" : "\"{" + path + "}\"");
            }
        }
        if (header != null) {
            r.append("      header:\n        ").append(header).append('\n');
        }
        r.append("      body:\n");
        for (String b : bodyRule) {
            r.append("        - ").append(b).append('\n');
        }
        if (extra != null) {
            r.append(extra);
        }
        if (!buttonsRule.isEmpty()) {
            r.append("      buttons:\n");
            for (String b : buttonsRule) {
                r.append("        - ").append(b).append('\n');
            }
        }
        if (carouselRule != null) {
            r.append(carouselRule);
        }

        for (Lang lang : langs) {
            m.append("  ").append(lang.code()).append(":\n");
            if (headerMirror != null) {
                m.append("    header: ").append(headerMirror).append('\n');
            }
            StringBuilder body = new StringBuilder(lang.hi()).append(" {{1}}");
            for (int p = 2; p <= bodyParams; p++) {
                body.append(p == 2 ? ", " : "; ").append(lang.phrases()[(p + i) % lang.phrases().length]
                        .replace("{{N}}", "{{" + p + "}}"));
            }
            body.append('.');
            m.append("    body: \"").append(body).append("\"\n");
            if (i % 2 == 0) {
                m.append("    footer: \"").append(lang.footer()).append("\"\n");
            }
            if (!buttonsMirror.isEmpty()) {
                m.append("    buttons:\n");
                for (String[] b : buttonsMirror) {
                    String text = switch (b[0]) {
                    case "url" -> lang.track();
                    case "copy_code" -> lang.copy();
                    default -> lang.stop();
                    };
                    m.append("      - {type: ").append(b[0]).append(", text: \"").append(text).append('"');
                    if (b[1] != null) {
                        m.append(", url: \"").append(b[1]).append('"');
                    }
                    m.append("}\n");
                }
            }
            if (cardMirror != null) {
                m.append("    cards:\n").append(cardMirror);
            }
        }
        return new Notif(r.append('\n').toString(), m.toString());
    }

    List<Lang> pickLanguages(int i) {
        int n = 1 + (i % 5); // 1 to 5 languages, en always first
        List<Lang> langs = new ArrayList<>();
        langs.add(LANGS.get(0));
        int start = 1 + random.nextInt(LANGS.size() - 1);
        for (int k = 0; langs.size() < n; k++) {
            langs.add(LANGS.get(1 + (start + k - 1) % (LANGS.size() - 1)));
        }
        return langs;
    }

    static String kindName(int kind) {
        return switch (kind) {
        case 0, 1, 2 -> "body-only";
        case 3, 4 -> "text-header";
        case 5, 6 -> "image-header currency url/quick-reply";
        case 7 -> "date-time copy-code";
        case 8 -> "video-header";
        case 9 -> "document-header";
        case 10, 11 -> "carousel for_each";
        case 12 -> "language-fallback";
        case 13 -> "limited-time-offer";
        case 14 -> "cta-link";
        case 15 -> "static-carousel";
        default -> "conditional default-value";
        };
    }

    /** 17: interactive reply buttons, 18: interactive list for_each or cta_url, 19: text with include or image. */
    String nonTemplate(String name, String trigger, int kind, int i) {
        StringBuilder r = new StringBuilder();
        r.append("  - name: ").append(name).append('\n');
        r.append("    trigger: ").append(trigger).append('\n');
        r.append("    to: \"{event.customer.phone}\"\n");
        switch (kind) {
        case 17 -> r.append("""
                    interactive:
                      type: button
                      header: {type: text, text: "Order {event.order.id}"}
                      body: {text: "{#include bench-question.txt /}"}
                      footer: {text: "Reply within 24 hours"}
                      action:
                        buttons:
                          - {type: reply, reply: {id: "am_{event.order.id}", title: Morning}}
                          - {type: reply, reply: {id: "pm_{event.order.id}", title: Evening}}
                """);
        case 18 -> {
            if (i % 40 < 20) {
                r.append("""
                            interactive:
                              type: list
                              header: {type: text, text: "Order {event.order.id}"}
                              body: {text: "Hi {event.customer.first_name}, pick a delivery slot that suits you."}
                              footer: {text: "Slots are held for 30 minutes"}
                              action:
                                button: Choose a slot
                                sections:
                                  - title: Available slots
                                    rows:
                                      for_each: event.slots
                                      row:
                                        id: "{it.id}"
                                        title: "{it.label}"
                                        description: "{it.note}"
                        """);
            } else {
                r.append("""
                            interactive:
                              type: cta_url
                              header: {type: text, text: Your order}
                              body: {text: "The details of order {event.order.id} are ready."}
                              action:
                                name: cta_url
                                parameters:
                                  display_text: Open the order
                                  url: "https://shop.example/orders/{event.order.id}"
                        """);
            }
        }
        default -> {
            if (i % 40 < 20) {
                r.append("""
                            text:
                              body: "{#include bench-confirmed.txt /}"
                              preview_url: false
                        """);
            } else {
                r.append("""
                            image:
                              link: "{event.order.items.0.image_url}"
                              caption: "{event.customer.first_name}, your order {event.order.id} is packed"
                        """);
            }
        }
        }
        return r.append('\n').toString();
    }

    static final String EVENT = """
            {
              "customer": {"id": "cus-1001", "phone": "+905321112233", "first_name": "Mehmet", "last_name": "Yilmaz",
                           "locale": "tr-TR", "opt_in": true},
              "order": {"id": "ORD-12345", "currency": "TRY", "total_1000": 1499990, "total_text": "1.499,99 TL",
                        "tracking_slug": "ORD-12345-7f3a",
                        "items": [{"image_url": "https://cdn.shop.example/items/headphones.jpg"}]},
              "offer": {"code": "SAVE20", "percent": 20, "ends_ms": 1767225600000},
              "media": {"video_url": "https://cdn.shop.example/v/intro.mp4",
                        "invoice_url": "https://cdn.shop.example/invoices/ORD-12345.pdf"},
              "appointment": {"when_text": "Monday 3 June, 10:00"},
              "clinic": {"name": "Moda Clinic"},
              "account": {"number": "TR-0042"},
              "ticket": {"id": "T-981"},
              "store": {"city": "Istanbul"},
              "date_text": "Monday 3 June",
              "slot_label": "between 09:00 and 12:00",
              "recommendations": [
                {"image_url": "https://cdn.shop.example/picks/01.jpg", "title": "Trail Runner 2", "price": "1.299,90 TL", "slug": "pick-01"},
                {"image_url": "https://cdn.shop.example/picks/02.jpg", "title": "City Sneaker", "price": "899,90 TL", "slug": "pick-02"}
              ],
              "slots": [
                {"id": "slot-am", "label": "Mon 3 Jun, 09:00-12:00", "note": "Courier arrives in the morning"},
                {"id": "slot-pm", "label": "Mon 3 Jun, 13:00-17:00", "note": "Courier arrives in the afternoon"}
              ]
            }
            """;
}
