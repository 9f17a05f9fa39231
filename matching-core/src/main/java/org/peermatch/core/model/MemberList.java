package org.peermatch.core.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A programme's members: an unmodifiable list in document order that also finds a member by id in constant time
 * ({@link Programme#member(String)} is called for every name in every explanation, report line and calendar file;
 * a scan of 13,000 members each time made the XL programme's outputs quadratic). The index is built on the first
 * look-up and shared by every copy of the programme ({@code withSolver}, {@code withWeights}, …), which keep this
 * list. Equal to any list with the same members in the same order.
 */
final class MemberList extends AbstractList<Member> implements RandomAccess {

    private final Member[] members;
    /** By id, the first member with that id (as a scan would find it); built on first use. */
    private volatile Map<String, Member> byId;

    private MemberList(Member[] members) {
        this.members = members;
    }

    /** @return the members as such a list: the same one when it already is, else a copy (no null allowed) */
    static MemberList of(List<Member> members) {
        if (members instanceof MemberList list) {
            return list;
        }
        Member[] copy = members.toArray(new Member[0]);
        for (Member member : copy) {
            Objects.requireNonNull(member, "member");
        }
        return new MemberList(copy);
    }

    @Override
    public Member get(int index) {
        return members[index];
    }

    @Override
    public int size() {
        return members.length;
    }

    /** @return the first member with that id, or null */
    Member byId(String id) {
        Map<String, Member> index = byId;
        if (index == null) {
            index = new HashMap<>(Math.max(16, members.length * 4 / 3 + 1));
            for (Member member : members) {
                index.putIfAbsent(member.id(), member);
            }
            byId = index;
        }
        return id == null ? null : index.get(id);
    }
}
