package org.peermatch.core.plan;

/**
 * One thing a mode left unplanned, in domain words: the member it concerns, what is missing and why.
 *
 * @param member the member id the gap concerns
 * @param what what is missing, after the member's name, e.g. ", pitch (priority 2, 4 h)" or " has no immersion day"
 * @param reason why, in one or more sentences for the committee
 */
public record Gap(String member, String what, String reason) {
}
