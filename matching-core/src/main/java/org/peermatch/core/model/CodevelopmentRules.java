package org.peermatch.core.model;

/**
 * The programme's rules for co-development groups: stable groups of peers who meet roughly once a month; at each
 * session one member (or two) is the "client" who brings a situation, the others consult.
 *
 * @param minSize fewest members in a group
 * @param maxSize most members in a group
 * @param clientsPerSession how many clients each session hears (1 or 2); a group holds as many sessions as it takes
 *        for every member to be client once
 * @param groups how many groups to form, or 0 to let peer-match choose (the fewest groups the sizes allow)
 */
public record CodevelopmentRules(int minSize, int maxSize, int clientsPerSession, int groups) {

    /** The defaults: groups of 5 to 8, one client per session, number of groups chosen by peer-match. */
    public static final CodevelopmentRules DEFAULT = new CodevelopmentRules(5, 8, 1, 0);
}
