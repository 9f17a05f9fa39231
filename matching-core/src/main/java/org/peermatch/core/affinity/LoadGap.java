package org.peermatch.core.affinity;

/**
 * A resource that took fewer participants than its min load.
 *
 * @param resource the resource's id
 * @param minLoad the fewest participants it had to take
 * @param load how many it took
 */
public record LoadGap(String resource, int minLoad, int load) {
}
