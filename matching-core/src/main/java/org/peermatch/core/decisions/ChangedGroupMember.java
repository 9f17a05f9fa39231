package org.peermatch.core.decisions;

import org.peermatch.core.text.Messages;

/**
 * One member of a co-development group of either proposal and what became of their group, in the committee's
 * words. A member in the new group that continues their published group (the one holding most of its members) is
 * kept; any other member of a published group left it, and joined another group or none.
 *
 * @param kind kept, dropped (left the published group) or added (joined a group)
 * @param member the member's id
 * @param memberName the member's name
 * @param group the group's number: the published one for a dropped or kept member and for a group that continues a
 *        published group, else the group's number in the new proposal
 * @param released whether a member who left was no longer in co-development (left the programme or no longer
 *        asks for it) rather than moved to form better groups; false for kept and added members
 * @param reason why, one or more sentences; empty for a member kept
 */
public record ChangedGroupMember(ChangeKind kind, String member, String memberName, int group, boolean released,
        String reason) {

    /** @return e.g. "Left co-development group 2: Léa Garnier. Léa Garnier now in group 3." */
    public String line(Messages messages) {
        String key = switch (kind) {
            case KEPT -> "decisions.groups.kept";
            case DROPPED -> "decisions.groups.dropped";
            case ADDED -> "decisions.groups.added";
        };
        return messages.get(key, memberName, group, reason).strip();
    }
}
