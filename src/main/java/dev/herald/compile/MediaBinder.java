package dev.herald.compile;

import java.util.Set;

import dev.herald.definition.YamlNode;
import dev.herald.message.Media;

/** Binds media objects: a map with exactly one of link / id, or a string as shorthand for the link. */
final class MediaBinder {

    static final Set<String> CAPTIONED = Set.of("image", "video", "document");

    private MediaBinder() {
    }

    static Part<Media> bind(Binder binder, YamlNode node, String kind) {
        if (node instanceof YamlNode.Scalar) {
            Part<String> link = binder.string(node, kind + " link", 0);
            return Binder.at(node.location(), scope -> new Media(link.resolve(scope), null, null, null));
        }
        YamlNode.Mapping map = binder.fields(node, kind, "link", "id", "caption", "filename");
        if (map == null) {
            return Part.absent();
        }
        boolean hasLink = map.get("link") != null;
        boolean hasId = map.get("id") != null;
        if (hasLink == hasId) {
            binder.problem(map.location(), hasLink ? ErrorCode.NOT_ALLOWED : ErrorCode.MISSING_KEY,
                    kind + " needs exactly one of \"link\" and \"id\"" + (hasLink ? ", not both" : ""));
        }
        notAllowedUnless(binder, map, "caption", CAPTIONED.contains(kind), kind);
        notAllowedUnless(binder, map, "filename", "document".equals(kind), kind);
        Part<String> link = binder.string(map, "link", 0);
        Part<String> id = binder.string(map, "id", 0);
        Part<String> caption = binder.string(map, "caption", Limits.CAPTION);
        Part<String> filename = binder.string(map, "filename", 0);
        return Binder.at(map.location(), scope -> new Media(link.resolve(scope), id.resolve(scope),
                caption.resolve(scope), filename.resolve(scope)));
    }

    private static void notAllowedUnless(Binder binder, YamlNode.Mapping map, String key, boolean allowed,
            String kind) {
        YamlNode.Entry entry = map.entries().get(key);
        if (entry != null && !allowed) {
            binder.problem(entry.keyLocation(), ErrorCode.NOT_ALLOWED, "\"" + key + "\" is not allowed on " + kind);
        }
    }
}
