package org.peermatch.core.decisions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.peermatch.core.immersion.ImmersionScoring;
import org.peermatch.core.immersion.PublishedDay;
import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.BaselineImmersion;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.text.Messages;

/**
 * The immersion part of {@link Changes}: each immersion day kept, dropped or added, and why. With the programme of
 * the new proposal, a dropped day's reason is what {@link PublishedDay} finds (member gone, pair forbidden, day
 * closed or unavailable); without it, only that the proposals differ. O(B + N) for the days of both proposals.
 */
final class ImmersionDiffer {

    private final Map<String, BaselineImmersion> before;
    private final Map<String, BaselineImmersion> after;
    private final Programme programme;
    private final Messages messages;
    private final UnaryOperator<String> names;
    private final String cause;
    private ImmersionScoring scoring;
    private int moved;

    ImmersionDiffer(Baseline before, Baseline after, Programme programme, Messages messages,
            UnaryOperator<String> names, String cause) {
        this.cause = cause;
        this.before = byMentee(before.immersions());
        this.after = byMentee(after.immersions());
        this.programme = programme;
        this.messages = messages;
        this.names = names;
    }

    /** @return the days dropped, then added, then kept, each in the proposals' order */
    List<ChangedImmersion> changes() {
        List<ChangedImmersion> dropped = new ArrayList<>();
        List<ChangedImmersion> added = new ArrayList<>();
        List<ChangedImmersion> kept = new ArrayList<>();
        for (BaselineImmersion old : before.values()) {
            BaselineImmersion now = after.get(old.mentee());
            if (old.equals(now)) {
                kept.add(change(ChangeKind.KEPT, old, false, ""));
                continue;
            }
            PublishedDay state = programme == null ? null
                    : PublishedDay.of(programme, scoring(), old.mentee(), old.mentor(), old.day());
            boolean released = state != null && state != PublishedDay.POSSIBLE;
            if (state == PublishedDay.POSSIBLE) {
                moved++;
            }
            String why = state == null ? messages.get("decisions.immersion.differs")
                    : released ? release(state, old)
                            : cause != null ? cause : messages.get("decisions.immersion.forPlacement");
            String where = now == null ? messages.get("decisions.immersion.nowNone", name(old.mentee()))
                    : messages.get("decisions.immersion.nowWith", name(old.mentee()), name(now.mentor()),
                            messages.date(now.day()));
            dropped.add(change(ChangeKind.DROPPED, old, released, messages.get("decisions.change.because", why,
                    where)));
        }
        for (BaselineImmersion now : after.values()) {
            BaselineImmersion old = before.get(now.mentee());
            if (now.equals(old)) {
                continue;
            }
            String reason = old == null ? messages.get("decisions.immersion.wasNone", name(now.mentee()))
                    : messages.get("decisions.immersion.insteadOf", name(old.mentor()), messages.date(old.day()));
            added.add(change(ChangeKind.ADDED, now, false, reason));
        }
        List<ChangedImmersion> all = new ArrayList<>(dropped);
        all.addAll(added);
        all.addAll(kept);
        return all;
    }

    /** @return the mentees moved from a published day still possible (after {@link #changes()}) */
    int moved() {
        return moved;
    }

    private String release(PublishedDay state, BaselineImmersion old) {
        return switch (state) {
            case MENTEE_GONE -> messages.get("decisions.immersion.menteeGone", name(old.mentee()));
            case MENTOR_GONE -> messages.get("decisions.immersion.mentorGone", name(old.mentor()));
            case PAIR_FORBIDDEN -> messages.get("decisions.immersion.pairForbidden", name(old.mentee()),
                    name(old.mentor()));
            case DAY_UNAVAILABLE -> messages.get("decisions.immersion.dayUnavailable", name(old.mentee()),
                    name(old.mentor()), messages.date(old.day()));
            case POSSIBLE -> throw new IllegalArgumentException("a possible day is not released");
        };
    }

    private ChangedImmersion change(ChangeKind kind, BaselineImmersion day, boolean released, String reason) {
        return new ChangedImmersion(kind, day.mentee(), name(day.mentee()), day.mentor(), name(day.mentor()),
                day.day(), released, reason);
    }

    private String name(String id) {
        return names.apply(id);
    }

    private ImmersionScoring scoring() {
        if (scoring == null) {
            scoring = new ImmersionScoring(programme, new PairScoring(programme).novelty());
        }
        return scoring;
    }

    private static Map<String, BaselineImmersion> byMentee(List<BaselineImmersion> days) {
        Map<String, BaselineImmersion> byMentee = new LinkedHashMap<>();
        for (BaselineImmersion day : days) {
            byMentee.putIfAbsent(day.mentee(), day);
        }
        return byMentee;
    }
}
