package org.peermatch.core.accompaniment;

import java.util.List;

/**
 * Why one resource person does not cover an uncovered need.
 *
 * @param resource the resource person's member id
 * @param blockedBy ids of the hard constraints that taking this need would break (empty if none: then the need
 *        stayed uncovered for a trade-off, e.g. to cover a higher-priority need elsewhere)
 * @param reason the explanation in domain words
 */
public record CandidateVerdict(String resource, List<String> blockedBy, String reason) {
    public CandidateVerdict {
        blockedBy = List.copyOf(blockedBy);
    }
}
