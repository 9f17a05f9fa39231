/**
 * Explanations in domain words: why each pair ({@link org.peermatch.core.explain.AccompanimentExplainer}), why each
 * uncovered need stayed uncovered, and which hard rules a proposal breaks
 * ({@link org.peermatch.core.explain.AccompanimentCertifier}, an independent re-check in plain Java).
 */
package org.peermatch.core.explain;
