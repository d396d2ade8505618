package dev.herald.compile;

import dev.herald.definition.YamlNode;
import dev.herald.message.MapLocation;
import dev.herald.message.Media;
import dev.herald.message.Text;

/** Binds text, location and the five media messages, written as Meta's message objects. */
final class SimpleMessageBinder {

    private SimpleMessageBinder() {
    }

    static Part<Text> text(Binder binder, YamlNode node) {
        YamlNode.Mapping map = binder.fields(node, "text", "body", "preview_url");
        if (map == null) {
            return Part.absent();
        }
        Part<String> body = binder.requiredString(map, "body", "text", Limits.TEXT_BODY);
        Part<Boolean> previewUrl = binder.bool(map, "preview_url");
        return Binder.at(map.location(), scope -> new Text(body.resolve(scope), previewUrl.resolve(scope)));
    }

    static Part<MapLocation> location(Binder binder, YamlNode node) {
        YamlNode.Mapping map = binder.fields(node, "location", "latitude", "longitude", "name", "address");
        if (map == null) {
            return Part.absent();
        }
        Part<String> latitude = binder.numberText(map, "latitude", "location");
        Part<String> longitude = binder.numberText(map, "longitude", "location");
        Part<String> name = binder.string(map, "name", 0);
        Part<String> address = binder.string(map, "address", 0);
        return Binder.at(map.location(), scope -> new MapLocation(latitude.resolve(scope), longitude.resolve(scope),
                name.resolve(scope), address.resolve(scope)));
    }

    static Part<Media> media(Binder binder, YamlNode node, String kind) {
        if (node instanceof YamlNode.Scalar) {
            binder.wrongType(node, kind, "a map with link or id");
            return Part.absent();
        }
        return MediaBinder.bind(binder, node, kind);
    }
}
