package org.peermatch.core.immersion;

import java.util.List;

/**
 * A mentee left without a mentor and day, with why.
 *
 * @param mentee the mentee's id
 * @param reasons why no mentor fits, by kind of obstacle with counts (and names when few), one full sentence each,
 *        e.g. "No mentor offering immersion works in theatre."
 */
public record UnplacedMentee(String mentee, List<String> reasons) {

    public UnplacedMentee {
        reasons = List.copyOf(reasons);
    }
}
