package org.peermatch.core.orientation;

import java.util.List;

import org.peermatch.core.model.Application;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;

/**
 * A member who applies with wishes: a problem fact of the orientation.
 *
 * @param index the applicant's position, in document order
 * @param id the member id
 * @param label the member as the committee reads it, e.g. "Camille Martin (m01)"
 * @param application the wishes and eligibility facts
 * @param needs the member's needs
 * @param groups the priority groups of the committee the applicant belongs to (e.g. {@code first-time-applicants},
 *        {@code small-structures}, {@code territory:ariege}), in the rules' order
 * @param pinned the modes the committee pinned for them
 * @param forbidden the modes the committee forbade them
 */
public record Applicant(int index, String id, String label, Application application, List<Need> needs,
        List<String> groups, List<Mode> pinned, List<Mode> forbidden) {

    public Applicant {
        needs = List.copyOf(needs);
        groups = List.copyOf(groups);
        pinned = List.copyOf(pinned);
        forbidden = List.copyOf(forbidden);
    }

    /** @return the priority weight of all their needs: what is unserved when they are not admitted */
    public int needWeight() {
        int weight = 0;
        for (Need need : needs) {
            weight += need.priorityWeight();
        }
        return weight;
    }

    @Override
    public String toString() {
        return label;
    }
}
