package dev.herald.definition;

/**
 * Where an element of a definition was written: a file path as shown to users, and 1-based line and column. Public
 * because every compiled element and every error carries one.
 */
public record Location(String file, int line, int column) {

    /** A location for problems that concern a whole file. */
    public static Location ofFile(String file) {
        return new Location(file, 1, 1);
    }

    /** {@code file:line}, the form used in runtime error bodies. */
    public String fileLine() {
        return file + ":" + line;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
