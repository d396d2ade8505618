package dev.herald.message;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Translates a Bean Validation path (Java component names) into the JSON path of the wire form ({@code @JsonProperty}
 * names) by walking the message along it, and finds the record that holds the invalid value.
 */
final class WirePath {

    /** The JSON path and the record holding the value it names. */
    record Resolved(String path, Object leafBean, List<Object> enclosing) {
    }

    private WirePath() {
    }

    static Resolved resolve(Object root, Path path) {
        StringBuilder json = new StringBuilder();
        Object value = root;
        Class<?> type = root.getClass();
        Object leaf = root;
        List<Object> enclosing = new java.util.ArrayList<>();
        enclosing.add(root);
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                json.append('[').append(key).append(']');
                value = element(value, key);
            }
            if (value instanceof Record && value != leaf) {
                leaf = value;
                enclosing.add(value);
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                RecordComponent component = component(type, node.getName());
                json.append(json.isEmpty() ? "" : ".").append(wireName(type, node.getName()));
                value = component == null ? null : read(component, value);
                type = component == null ? Object.class : elementType(component);
            }
        }
        return new Resolved(json.toString(), leaf, enclosing);
    }

    private static Object element(Object container, Object key) {
        if (container instanceof List<?> list && key instanceof Integer index && index >= 0 && index < list.size()) {
            return list.get(index);
        }
        if (container instanceof Map<?, ?> map) {
            return map.get(key);
        }
        return null;
    }

    private static RecordComponent component(Class<?> type, String name) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }

    private static String wireName(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            JsonProperty property = field.getAnnotation(JsonProperty.class);
            return property == null || property.value().isEmpty() ? name : property.value();
        } catch (NoSuchFieldException e) {
            return name;
        }
    }

    private static Object read(RecordComponent component, Object holder) {
        if (holder == null) {
            return null;
        }
        try {
            return component.getAccessor().invoke(holder);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    /** The type whose components the next path node names: the element type of a list, else the component type. */
    private static Class<?> elementType(RecordComponent component) {
        if (List.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return component.getType();
    }
}
