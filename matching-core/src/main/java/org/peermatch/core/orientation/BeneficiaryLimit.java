package org.peermatch.core.orientation;

/**
 * The most applicants the programme admits this session: a problem fact.
 *
 * @param max the most applicants given at least one mode, {@link ModeCapacity#UNBOUNDED} when there is no limit
 */
public record BeneficiaryLimit(long max) {
}
