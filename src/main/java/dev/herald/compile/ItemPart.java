package dev.herald.compile;

import dev.herald.expr.Scope;

/** A compiled list element that also knows its position (carousel {@code card_index}). */
@FunctionalInterface
interface ItemPart<T> {

    T resolve(Scope scope, int index);
}
