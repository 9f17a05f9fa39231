package org.peermatch.core.codevelopment;

import java.util.List;

/**
 * A member who asked for co-development and is in no group.
 *
 * @param member the member's id
 * @param reasons why, in the committee's words, e.g. the groups they are in conflict with
 */
public record UnplacedCodevelopmentMember(String member, List<String> reasons) {

    public UnplacedCodevelopmentMember {
        reasons = List.copyOf(reasons);
    }
}
