package dev.herald.preview;

import java.util.List;

/**
 * Everything the preview page shows, built once per request and rendered by {@code templates/preview/page.html}. Every
 * text here is data: Qute escapes it.
 *
 * @param triggers
 *            the compiled triggers, for the {@code <select>}
 * @param trigger
 *            the trigger chosen (or {@code null})
 * @param event
 *            the event JSON in the text area: the last one submitted, or a skeleton
 * @param error
 *            why the event could not be previewed at all ({@code CODE: detail}), or {@code null}
 * @param definitionProblems
 *            live reload: the problems of definitions that no longer compile
 * @param apiVersion
 *            the upstream API version the request bodies are written for
 * @param notifications
 *            one entry per notification of the trigger, after a submit
 */
record PageView(List<String> triggers, String trigger, String event, String error, List<String> definitionProblems,
        String apiVersion, List<NotificationView> notifications) {

    public boolean submitted() {
        return notifications != null;
    }

    /** One notification's preview. */
    record NotificationView(String name, String status, String reason, String language, String languageReason,
            List<ParameterView> parameters, List<String> notes, String renderedText, List<ProblemView> problems,
            String request, Bubble bubble) {
    }

    /** One evaluated expression. */
    record ParameterView(String expression, String location, String value) {
    }

    /** Why a notification failed, with the definition's {@code file:line}. */
    record ProblemView(String code, String message, String definition, String expression) {
    }

    /**
     * A chat bubble: what the recipient sees. Cards of a carousel are bubbles too (without cards of their own).
     *
     * @param kind
     *            e.g. {@code template order_shipped (en)}, {@code interactive button}, {@code text}
     * @param headerImage
     *            an image URL to show as {@code <img>}
     * @param headerMedia
     *            a non-image header or media message: {@code video: https://...}
     * @param headerText
     *            a text header
     */
    record Bubble(String kind, String headerImage, String headerMedia, String headerText, String body, String footer,
            List<ButtonView> buttons, ListView list, List<Bubble> cards) {
    }

    /**
     * A button under a bubble.
     *
     * @param type
     *            reply, quick_reply, url, copy_code, flow, cta_url, ...
     * @param detail
     *            what tapping it does: the URL, the payload or id sent back, the code copied
     */
    record ButtonView(String type, String label, String detail) {
    }

    /** An interactive list: the button that opens it and its sections. */
    record ListView(String button, List<SectionView> sections) {
    }

    /** A section of a list. */
    record SectionView(String title, List<RowView> rows) {
    }

    /** A row of a list section. */
    record RowView(String id, String title, String description) {
    }
}
