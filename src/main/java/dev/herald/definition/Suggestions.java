package dev.herald.definition;

import java.util.Collection;

/** "Did you mean" hints: the closest known name within a small edit distance. Public for compiler and resolver. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * {@code " (did you mean \"x\"?)"} for the closest candidate within distance 2 (or a third of the length), else "".
     */
    public static String didYouMean(String written, Collection<String> candidates) {
        String best = closest(written, candidates);
        return best == null ? "" : " (did you mean \"" + best + "\"?)";
    }

    /** The closest candidate within the allowed distance, or {@code null}. */
    public static String closest(String written, Collection<String> candidates) {
        String best = null;
        int bestDistance = Math.max(2, written.length() / 3) + 1;
        for (String candidate : candidates) {
            int distance = distance(written.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
