package org.peermatch.core.affinity;

/**
 * A resource (person) of an affinity assignment and how many participants it may take.
 *
 * @param id the resource's id, unique among resources
 * @param minLoad the fewest participants it must take (0 or more)
 * @param maxLoad the most participants it may take (at least {@code minLoad})
 */
public record AffinityResource(String id, int minLoad, int maxLoad) {

    /** Checks the id and the load range. */
    public AffinityResource {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A resource has no id.\nMaybe give every resource an id.");
        }
        if (minLoad < 0) {
            throw new IllegalArgumentException("The min load (" + minLoad + ") of resource (" + id
                    + ") is negative.\nMaybe use 0.");
        }
        if (maxLoad < minLoad) {
            throw new IllegalArgumentException("The max load (" + maxLoad + ") of resource (" + id
                    + ") is below its min load (" + minLoad + ").\nMaybe raise the max load to " + minLoad + ".");
        }
    }
}
