package org.peermatch.core.decisions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.BaselineWorkshop;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.NoveltyWords;
import org.peermatch.core.text.Messages;
import org.peermatch.core.workshop.PublishedWorkshop;

/**
 * The workshop part of {@link Changes}: each workshop kept (same theme, animator, half-day and room), dropped
 * (with why: {@link PublishedWorkshop} with the programme, else only that the proposals differ) or added.
 * O(B · N) for the workshops of both proposals (a programme has a few dozen).
 */
final class WorkshopDiffer {

    private final List<BaselineWorkshop> before;
    private final List<BaselineWorkshop> after;
    private final Programme programme;
    private final Messages messages;
    private final UnaryOperator<String> names;
    private int moved;

    WorkshopDiffer(Baseline before, Baseline after, Programme programme, Messages messages,
            UnaryOperator<String> names) {
        this.before = before.workshops();
        this.after = after.workshops();
        this.programme = programme;
        this.messages = messages;
        this.names = names;
    }

    /** @return the workshops dropped, then added, then kept, each in the proposals' order */
    List<ChangedWorkshop> changes() {
        List<ChangedWorkshop> dropped = new ArrayList<>();
        List<ChangedWorkshop> added = new ArrayList<>();
        List<ChangedWorkshop> kept = new ArrayList<>();
        for (BaselineWorkshop old : before) {
            if (after.contains(old)) {
                kept.add(change(ChangeKind.KEPT, old, false, ""));
                continue;
            }
            PublishedWorkshop state = programme == null ? null : PublishedWorkshop.of(programme, old);
            boolean released = state != null && state != PublishedWorkshop.POSSIBLE;
            if (state == PublishedWorkshop.POSSIBLE) {
                moved++;
            }
            String why = state == null ? messages.get("decisions.immersion.differs")
                    : released ? release(state, old) : messages.get("decisions.workshops.forNeeds");
            dropped.add(change(ChangeKind.DROPPED, old, released, why + "."));
        }
        for (BaselineWorkshop now : after) {
            if (!before.contains(now)) {
                added.add(change(ChangeKind.ADDED, now, false, messages.get("decisions.workshops.new")));
            }
        }
        List<ChangedWorkshop> all = new ArrayList<>(dropped);
        all.addAll(added);
        all.addAll(kept);
        return all;
    }

    /** @return the published workshops still possible that the new proposal changed or dropped */
    int moved() {
        return moved;
    }

    private String release(PublishedWorkshop state, BaselineWorkshop old) {
        String animator = names.apply(old.animator());
        return switch (state) {
            case ANIMATOR_GONE -> messages.get("decisions.workshops.animatorGone", animator);
            case THEME_GONE -> messages.get("decisions.workshops.themeGone", label(old));
            case NOT_COMPETENT -> messages.get("decisions.workshops.notCompetent", animator, label(old));
            case DAY_CLOSED -> messages.get("decisions.workshops.dayClosed", messages.date(old.date()));
            case ANIMATOR_UNAVAILABLE -> messages.get("decisions.workshops.unavailable", animator,
                    messages.date(old.date()), old.halfDay());
            case POSSIBLE -> throw new IllegalArgumentException("a possible workshop is not released");
        };
    }

    private static String label(BaselineWorkshop workshop) {
        return NoveltyWords.label(workshop.theme());
    }

    private ChangedWorkshop change(ChangeKind kind, BaselineWorkshop workshop, boolean released, String reason) {
        return new ChangedWorkshop(kind, workshop.theme(), workshop.animator(), names.apply(workshop.animator()),
                workshop.date(), workshop.halfDay(), workshop.room(), released, reason);
    }
}
