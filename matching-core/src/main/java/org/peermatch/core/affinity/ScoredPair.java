package org.peermatch.core.affinity;

/**
 * A participant–resource pair with its affinity score: in a problem, a pair that may be assigned; in a result, a
 * pair that is assigned. Higher scores are better; scores may be negative.
 *
 * @param participant the participant's id
 * @param resource the resource's id
 * @param score the affinity of the pair, a finite number
 */
public record ScoredPair(String participant, String resource, double score) {

    /** Checks that the score is a finite number. */
    public ScoredPair {
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("The score (" + score + ") of pair (" + participant + ", " + resource
                    + ") is not a finite number.\nMaybe leave the pair out to forbid it.");
        }
    }
}
