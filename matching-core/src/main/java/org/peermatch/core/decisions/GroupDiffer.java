package org.peermatch.core.decisions;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.BaselineGroup;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.text.Messages;

/**
 * The co-development part of {@link Changes}: each member kept in the continuation of their published group (the
 * new group holding most of its members), who left it (with where they are now and why) and who joined a group
 * other than their published group's continuation. So a swap of two members between two groups reads as two
 * members who left and two who joined, and a newcomer joining a group changes nothing for the others.
 * Groups are named by their published number when they continue a published group, else as new groups with their
 * number in the new proposal (which numbers its groups afresh). O(M · G) for M members and G groups.
 */
final class GroupDiffer {

    private final Map<String, BaselineGroup> before;
    private final Map<String, BaselineGroup> after;
    private final List<BaselineGroup> oldGroups;
    private final List<BaselineGroup> newGroups;
    private final Programme programme;
    private final Messages messages;
    private final UnaryOperator<String> names;
    private final String cause;
    /** Each new group that continues a published group, with that group (the first one it continues). */
    private Map<BaselineGroup, BaselineGroup> continued;
    private int moved;

    GroupDiffer(Baseline before, Baseline after, Programme programme, Messages messages, UnaryOperator<String> names,
            String cause) {
        this.cause = cause;
        this.oldGroups = before.groups();
        this.newGroups = after.groups();
        this.before = byMember(oldGroups);
        this.after = byMember(newGroups);
        this.programme = programme;
        this.messages = messages;
        this.names = names;
    }

    /** @return the members who left their published group, then those who joined a group, then those kept */
    List<ChangedGroupMember> changes() {
        Map<BaselineGroup, BaselineGroup> successors = new IdentityHashMap<>();
        continued = new IdentityHashMap<>();
        for (BaselineGroup group : oldGroups) {
            BaselineGroup successor = successor(group);
            successors.put(group, successor);
            if (successor != null) {
                continued.putIfAbsent(successor, group);
            }
        }
        List<ChangedGroupMember> dropped = new ArrayList<>();
        List<ChangedGroupMember> added = new ArrayList<>();
        List<ChangedGroupMember> kept = new ArrayList<>();
        for (BaselineGroup group : oldGroups) {
            for (String member : group.members()) {
                BaselineGroup now = after.get(member);
                if (now != null && now == successors.get(group)) {
                    kept.add(new ChangedGroupMember(ChangeKind.KEPT, member, name(member), group.number(), false,
                            ""));
                    continue;
                }
                boolean released = programme != null && gone(member);
                if (!released) {
                    moved++;
                }
                String why = released ? messages.get("decisions.groups.memberGone", name(member))
                        : programme == null ? messages.get("decisions.immersion.differs")
                                : cause != null ? cause : messages.get("decisions.groups.forGroups");
                String where = now == null ? messages.get("decisions.groups.nowNone", name(member))
                        : continued.containsKey(now) ? messages.get("decisions.groups.nowIn", name(member),
                                continued.get(now).number())
                        : messages.get("decisions.groups.nowInNew", name(member), now.number());
                dropped.add(new ChangedGroupMember(ChangeKind.DROPPED, member, name(member), group.number(), released,
                        messages.get("decisions.change.because", why, where)));
            }
        }
        for (BaselineGroup group : newGroups) {
            for (String member : group.members()) {
                BaselineGroup old = before.get(member);
                if (old != null && successors.get(old) == group) {
                    continue;
                }
                String reason = old == null ? messages.get("decisions.groups.wasNone", name(member))
                        : messages.get("decisions.groups.insteadOf", old.number());
                boolean continues = continued.containsKey(group);
                added.add(new ChangedGroupMember(ChangeKind.ADDED, member, name(member),
                        continues ? continued.get(group).number() : group.number(), false,
                        continues ? reason : messages.get("decisions.groups.newGroup", group.number()) + " "
                                + reason));
            }
        }
        List<ChangedGroupMember> all = new ArrayList<>(dropped);
        all.addAll(added);
        all.addAll(kept);
        return all;
    }

    /** @return the members of a published group still in co-development whom the new proposal moved or left out */
    int moved() {
        return moved;
    }

    /**
     * @return the new group holding the most members of the published group (the first such in the new proposal's
     *         order), or null when none of them is in a group
     */
    private BaselineGroup successor(BaselineGroup group) {
        Map<BaselineGroup, Integer> counts = new LinkedHashMap<>();
        for (String member : group.members()) {
            BaselineGroup now = after.get(member);
            if (now != null) {
                counts.merge(now, 1, Integer::sum);
            }
        }
        BaselineGroup best = null;
        for (BaselineGroup candidate : newGroups) {
            int count = counts.getOrDefault(candidate, 0);
            if (count > 0 && (best == null || count > counts.get(best))) {
                best = candidate;
            }
        }
        return best;
    }

    private boolean gone(String member) {
        Member now = programme.member(member);
        return now == null || !now.requests(Mode.CODEVELOPMENT);
    }

    private String name(String id) {
        return names.apply(id);
    }

    private static Map<String, BaselineGroup> byMember(List<BaselineGroup> groups) {
        Map<String, BaselineGroup> byMember = new LinkedHashMap<>();
        for (BaselineGroup group : groups) {
            for (String member : group.members()) {
                byMember.putIfAbsent(member, group);
            }
        }
        return byMember;
    }
}
