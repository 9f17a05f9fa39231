package org.peermatch.core.plan;

/**
 * A hard rule the proposal breaks, in domain words.
 *
 * @param constraint the constraint id
 * @param message what is broken, naming the people, e.g. "Ana (m03) is given 26 hours but offers 20."
 */
public record Violation(String constraint, String message) {
}
