package org.peermatch.core.decisions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.accompaniment.AccompanimentProposal;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.accompaniment.ResourceLoad;
import org.peermatch.core.accompaniment.UncoveredNeed;
import org.peermatch.core.calendar.Session;
import org.peermatch.core.codevelopment.CodevelopmentGroup;
import org.peermatch.core.codevelopment.CodevelopmentProposal;
import org.peermatch.core.immersion.ImmersionPairing;
import org.peermatch.core.immersion.ImmersionProposal;
import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.BaselineGroup;
import org.peermatch.core.model.BaselineImmersion;
import org.peermatch.core.model.BaselinePair;
import org.peermatch.core.model.BaselineSession;
import org.peermatch.core.model.BaselineWorkshop;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.NoveltyWords;
import org.peermatch.core.scoring.PairFacts;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.text.Messages;
import org.peermatch.core.workshop.Workshop;
import org.peermatch.core.workshop.WorkshopProposal;

/**
 * The difference between two proposals' accompaniment pairs, in the committee's words: each pair kept, dropped or
 * added, and why ("Karim Benali left the programme: Camille Martin's need pricing now goes to Hélène Castagné
 * (level 4, same sector)"). The one computation behind a re-plan's "Changes" (console, JSON, report) and
 * {@code peer-match diff}.
 *
 * <p>With the programme of the new proposal, a dropped pair's reason checks what the programme now says (member
 * gone, pair forbidden or in a conflict, too little common availability, need gone, level, hours); without it, what
 * the new proposal shows. O(B + N) for the pairs of both proposals, plus one pair's facts per dropped pair.
 *
 * @param pairs every pair: dropped ones first, then added, then kept, each in the proposals' order
 * @param kept how many pairs both proposals hold
 * @param dropped how many pairs of the old proposal the new one does not hold
 * @param added how many pairs of the new proposal the old one does not hold
 * @param released how many of the dropped pairs were no longer possible
 * @param counted the changes counted against a budget ({@code --max-changes}) as {@code keep-baseline-pair} counts
 *        them: each need of the old proposal still possible with its resource person that the new one gives to
 *        someone else or leaves uncovered, and each pair added
 * @param immersions every immersion day: dropped ones first, then added, then kept (empty when neither proposal
 *        has immersion days)
 * @param immersionsMoved the mentees whose published day was still possible and whom the new proposal gives
 *        another mentor or date, or no day, as {@code keep-baseline-immersion} counts them
 * @param groupMembers every member of a co-development group of either proposal: those who left their published
 *        group first, then those who joined one, then those kept (empty when neither proposal has groups)
 * @param groupMembersMoved the members of a published group still in co-development whom the new proposal gives
 *        other group-mates or no group
 * @param workshops every workshop: dropped ones first, then added, then kept (empty when neither proposal has
 *        workshops)
 * @param workshopsMoved the published workshops still possible that the new proposal changed or dropped, as
 *        {@code keep-baseline-workshop} counts them
 * @param meetings the published calendar's 1:1 meetings (by session id) against the new one: how many keep their
 *        half-day, moved to another, or are no longer dated; all 0 when the old proposal has no calendar
 */
public record Changes(List<ChangedPair> pairs, int kept, int dropped, int added, int released, int counted,
        List<ChangedImmersion> immersions, int immersionsMoved, List<ChangedGroupMember> groupMembers,
        int groupMembersMoved, List<ChangedWorkshop> workshops, int workshopsMoved, MeetingChanges meetings) {

    /**
     * The published 1:1 meetings against the new calendar.
     *
     * @param kept how many keep their half-day
     * @param moved how many are dated on another half-day
     * @param undated how many the new calendar no longer dates (their pair gone, or no half-day found)
     */
    public record MeetingChanges(int kept, int moved, int undated) {

        /** @return whether the old proposal had 1:1 meetings to compare */
        public boolean any() {
            return kept + moved + undated > 0;
        }
    }

    public Changes {
        pairs = List.copyOf(pairs);
        immersions = List.copyOf(immersions);
        groupMembers = List.copyOf(groupMembers);
        workshops = List.copyOf(workshops);
    }

    /**
     * @return the summary and one line per pair dropped or added (and per pair kept with other needs), as the
     *         console prints them
     */
    public List<String> lines(Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add((none() && pairs.stream().allMatch(
                pair -> pair.reason().isEmpty()) ? messages.get("decisions.summary.none")
                        : messages.get("decisions.summary.counts", kept, dropped, released, added, counted())));
        for (ChangedPair pair : pairs) {
            if (pair.kind() != ChangeKind.KEPT || !pair.reason().isEmpty()) {
                lines.add("  - " + pair.line(messages));
            }
        }
        if (!immersions.isEmpty()) {
            lines.add(immersionSummary(messages));
        }
        for (ChangedImmersion immersion : immersions) {
            if (immersion.kind() != ChangeKind.KEPT) {
                lines.add("  - " + immersion.line(messages));
            }
        }
        if (!groupMembers.isEmpty()) {
            lines.add(groupsSummary(messages));
        }
        for (ChangedGroupMember member : groupMembers) {
            if (member.kind() != ChangeKind.KEPT) {
                lines.add("  - " + member.line(messages));
            }
        }
        if (!workshops.isEmpty()) {
            lines.add(workshopsSummary(messages));
        }
        for (ChangedWorkshop workshop : workshops) {
            if (workshop.kind() != ChangeKind.KEPT) {
                lines.add("  - " + workshop.line(messages));
            }
        }
        if (meetings.any()) {
            lines.add(messages.get("decisions.meetings.summary", meetings.kept(), meetings.moved(),
                    meetings.undated()));
        }
        return lines;
    }

    /** @return e.g. "Workshops: 5 kept, 1 dropped (1 no longer possible), 1 added; 0 changed while still possible." */
    public String workshopsSummary(Messages messages) {
        return messages.get("decisions.workshops.summary", workshopCount(ChangeKind.KEPT),
                workshopCount(ChangeKind.DROPPED), workshops.stream().filter(ChangedWorkshop::released).count(),
                workshopCount(ChangeKind.ADDED), workshopsMoved);
    }

    /** @return how many workshops are of this kind */
    public long workshopCount(ChangeKind kind) {
        return workshops.stream().filter(workshop -> workshop.kind() == kind).count();
    }

    /** @return e.g. "Co-development groups: 30 members keep their group-mates, 2 left their group (1 no longer…" */
    public String groupsSummary(Messages messages) {
        return messages.get("decisions.groups.summary", groupCount(ChangeKind.KEPT), groupCount(ChangeKind.DROPPED),
                groupMembers.stream().filter(ChangedGroupMember::released).count(), groupCount(ChangeKind.ADDED),
                groupMembersMoved);
    }

    /** @return how many group members are of this kind */
    public long groupCount(ChangeKind kind) {
        return groupMembers.stream().filter(member -> member.kind() == kind).count();
    }

    /** @return e.g. "Immersion days: 11 kept, 1 dropped (1 no longer possible), 1 added; 0 mentees moved…" */
    public String immersionSummary(Messages messages) {
        return messages.get("decisions.immersion.summary", count(ChangeKind.KEPT), count(ChangeKind.DROPPED),
                immersions.stream().filter(ChangedImmersion::released).count(), count(ChangeKind.ADDED),
                immersionsMoved);
    }

    /** @return how many immersion days are of this kind */
    public long count(ChangeKind kind) {
        return immersions.stream().filter(immersion -> immersion.kind() == kind).count();
    }

    /** @return whether the two proposals hold the same pairs, immersion days, group-mates and workshops */
    public boolean none() {
        return dropped == 0 && added == 0 && count(ChangeKind.DROPPED) == 0 && count(ChangeKind.ADDED) == 0
                && groupCount(ChangeKind.DROPPED) == 0 && groupCount(ChangeKind.ADDED) == 0
                && workshopCount(ChangeKind.DROPPED) == 0 && workshopCount(ChangeKind.ADDED) == 0;
    }

    /**
     * @param proposal a proposal just computed
     * @param programme the programme it was solved from
     * @return its accompaniment pairs, immersion days and co-development groups as a baseline, to compare or to
     *         re-plan from
     */
    public static Baseline snapshot(Proposal proposal, Programme programme) {
        Baseline modes = withOtherModes(snapshot(proposal.accompaniment(), proposal.programme(), programme),
                proposal.immersion(), proposal.codevelopment(), proposal.workshops());
        if (proposal.calendar() == null) {
            return modes;
        }
        List<BaselineSession> sessions = new ArrayList<>();
        for (Session session : proposal.calendar().sessions()) {
            if (session.date() != null && session.halfDay() != null) {
                sessions.add(new BaselineSession(session.id(), session.mode().jsonName(), session.date(),
                        session.halfDay()));
            }
        }
        return new Baseline(modes.programme(), modes.pairs(), modes.resources(), modes.participants(), modes.names(),
                modes.immersions(), modes.groups(), modes.workshops(), sessions);
    }

    /**
     * @param accompaniment an accompaniment proposal
     * @param name the programme's name
     * @param programme the programme it was solved from
     * @return its pairs as a baseline
     */
    public static Baseline snapshot(AccompanimentProposal accompaniment, String name, Programme programme) {
        List<BaselinePair> pairs = new ArrayList<>();
        Set<String> participants = new LinkedHashSet<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Member member : programme.members()) {
            names.put(member.id(), member.name());
        }
        for (Assignment a : accompaniment.assignments()) {
            pairs.add(new BaselinePair(a.participant(), a.resource(), a.topic(), a.priority(), a.hours(),
                    a.why().level(), a.why().commonSectors()));
            participants.add(a.participant());
        }
        for (UncoveredNeed need : accompaniment.uncovered()) {
            participants.add(need.participant());
        }
        List<String> resources = accompaniment.loads().stream().map(ResourceLoad::resource).toList();
        return new Baseline(name, pairs, resources, List.copyOf(participants), names);
    }

    /** @return the baseline with the immersion days, co-development groups and workshops of the proposal */
    private static Baseline withOtherModes(Baseline pairs, ImmersionProposal immersion,
            CodevelopmentProposal codevelopment, WorkshopProposal workshop) {
        List<BaselineImmersion> days = new ArrayList<>();
        if (immersion != null) {
            for (ImmersionPairing pairing : immersion.pairings()) {
                days.add(new BaselineImmersion(pairing.mentee(), pairing.mentor(), pairing.day()));
            }
        }
        List<BaselineGroup> groups = new ArrayList<>();
        if (codevelopment != null) {
            for (CodevelopmentGroup group : codevelopment.groups()) {
                groups.add(new BaselineGroup(group.number(), group.members()));
            }
        }
        List<BaselineWorkshop> workshops = new ArrayList<>();
        if (workshop != null) {
            for (Workshop held : workshop.workshops()) {
                if (held.date() != null && held.halfDay() != null) {
                    workshops.add(new BaselineWorkshop(held.theme(), held.animator(), held.date(), held.halfDay(),
                            held.room()));
                }
            }
        }
        return new Baseline(pairs.programme(), pairs.pairs(), pairs.resources(), pairs.participants(), pairs.names(),
                days, groups, workshops);
    }

    /**
     * @param before the old proposal (the published one)
     * @param after the new proposal
     * @param programme the programme of the new proposal, for the reasons; null when only the proposals are known
     * @param messages the language of the reasons
     * @return each pair kept, dropped or added, and why
     */
    public static Changes between(Baseline before, Baseline after, Programme programme, Messages messages) {
        return new Differ(before, after, programme, messages, messages.get("decisions.change.forCoverage"), null)
                .changes();
    }

    /**
     * As {@link #between(Baseline, Baseline, Programme, Messages)}, naming another cause for the pairs, immersion
     * days and group places dropped while still possible (e.g. to make room for a pair the committee asks about).
     *
     * @param cause why a pair or day still possible was dropped, a phrase that its whereabouts follow
     */
    public static Changes between(Baseline before, Baseline after, Programme programme, Messages messages,
            String cause) {
        return new Differ(before, after, programme, messages, cause, cause).changes();
    }

    /** The computation of one difference. */
    private static final class Differ {

        private final Baseline before;
        private final Baseline after;
        private final Programme programme;
        private final Messages messages;
        private final Map<List<String>, List<BaselinePair>> oldPairs;
        private final Map<List<String>, List<BaselinePair>> newPairs;
        private final String cause;
        /** Why an immersion day or group place still possible was dropped; null for each mode's default. */
        private final String immersionCause;
        private PairScoring scoring;

        Differ(Baseline before, Baseline after, Programme programme, Messages messages, String cause,
                String immersionCause) {
            this.cause = cause;
            this.immersionCause = immersionCause;
            this.before = before;
            this.after = after;
            this.programme = programme;
            this.messages = messages;
            this.oldPairs = byPair(before);
            this.newPairs = byPair(after);
        }

        Changes changes() {
            List<ChangedPair> dropped = new ArrayList<>();
            List<ChangedPair> added = new ArrayList<>();
            List<ChangedPair> kept = new ArrayList<>();
            int released = 0;
            int counted = 0;
            for (Map.Entry<List<String>, List<BaselinePair>> entry : oldPairs.entrySet()) {
                List<String> key = entry.getKey();
                List<BaselinePair> covered = entry.getValue();
                String release = releaseReason(key.get(0), key.get(1), covered);
                for (BaselinePair pair : covered) {
                    BaselinePair now = newCover(pair.participant(), pair.topic());
                    boolean moved = now == null || !now.resource().equals(pair.resource());
                    if (moved && release == null && needStillPossible(pair)) {
                        counted++;
                    }
                }
                if (newPairs.containsKey(key)) {
                    kept.add(kept(key, covered, newPairs.get(key)));
                    continue;
                }
                if (release != null) {
                    released++;
                }
                String why = release != null ? release : cause;
                List<String> whereabouts = new ArrayList<>();
                for (BaselinePair pair : covered) {
                    whereabouts.add(whereNow(pair));
                }
                dropped.add(new ChangedPair(ChangeKind.DROPPED, key.get(0), name(key.get(0)), key.get(1), name(key.get(1)), topics(covered),
                        release != null, messages.get("decisions.change.because", why, messages.and(whereabouts))));
            }
            for (Map.Entry<List<String>, List<BaselinePair>> entry : newPairs.entrySet()) {
                List<String> key = entry.getKey();
                if (!oldPairs.containsKey(key)) {
                    added.add(new ChangedPair(ChangeKind.ADDED, key.get(0), name(key.get(0)), key.get(1), name(key.get(1)), topics(entry.getValue()),
                            false, addedReason(key.get(0), key.get(1), entry.getValue())));
                }
            }
            List<ChangedPair> all = new ArrayList<>(dropped);
            all.addAll(added);
            all.addAll(kept);
            ImmersionDiffer immersions = new ImmersionDiffer(before, after, programme, messages, this::name,
                    immersionCause);
            List<ChangedImmersion> days = immersions.changes();
            GroupDiffer groups = new GroupDiffer(before, after, programme, messages, this::name, immersionCause);
            List<ChangedGroupMember> members = groups.changes();
            WorkshopDiffer workshops = new WorkshopDiffer(before, after, programme, messages, this::name);
            List<ChangedWorkshop> sessions = workshops.changes();
            return new Changes(all, kept.size(), dropped.size(), added.size(), released, counted + added.size(),
                    days, immersions.moved(), members, groups.moved(), sessions, workshops.moved(), meetings());
        }

        /** @return the published 1:1 meetings kept on their half-day, moved, or no longer dated */
        private MeetingChanges meetings() {
            Map<String, BaselineSession> now = new HashMap<>();
            after.sessions().forEach(session -> now.put(session.id(), session));
            int same = 0;
            int moved = 0;
            int undated = 0;
            for (BaselineSession was : before.sessions()) {
                if (!was.mode().equals(Mode.ACCOMPANIMENT.jsonName())) {
                    continue;
                }
                BaselineSession is = now.get(was.id());
                if (is == null) {
                    undated++;
                } else if (is.date().equals(was.date()) && is.halfDay().equals(was.halfDay())) {
                    same++;
                } else {
                    moved++;
                }
            }
            return new MeetingChanges(same, moved, undated);
        }

        private ChangedPair kept(List<String> key, List<BaselinePair> was, List<BaselinePair> is) {
            List<String> gone = new ArrayList<>();
            for (BaselinePair pair : was) {
                if (find(is, pair.topic()) == null) {
                    gone.add(whereNow(pair));
                }
            }
            List<String> more = new ArrayList<>();
            for (BaselinePair pair : is) {
                if (find(was, pair.topic()) == null) {
                    more.add(label(pair.topic()));
                }
            }
            List<String> sentences = new ArrayList<>();
            if (!more.isEmpty()) {
                sentences.add(messages.get("decisions.change.nowAlso", name(key.get(1)), messages.and(more),
                        name(key.get(0))));
            }
            if (!gone.isEmpty()) {
                sentences.add(sentence(messages.and(gone)));
            }
            return new ChangedPair(ChangeKind.KEPT, key.get(0), name(key.get(0)), key.get(1), name(key.get(1)), topics(is), false,
                    String.join(" ", sentences));
        }

        /** @return whether the need is still the participant's and its resource person still masters it */
        private boolean needStillPossible(BaselinePair pair) {
            if (programme == null) {
                return true;
            }
            Member p = programme.member(pair.participant());
            Member r = programme.member(pair.resource());
            return p != null && r != null && p.needs().stream().anyMatch(n -> n.topic().equals(pair.topic()))
                    && r.levelOn(pair.topic()) >= programme.accompaniment().minimumLevel();
        }

        /** @return why the pair is no longer possible, or null when it still is */
        private String releaseReason(String participantId, String resourceId, List<BaselinePair> covered) {
            String participant = name(participantId);
            String resource = name(resourceId);
            if (programme == null) {
                if (!after.participants().contains(participantId)) {
                    return messages.get("decisions.release.participantGone", participant);
                }
                if (!after.resources().contains(resourceId)) {
                    return messages.get("decisions.release.resourceGone", resource);
                }
                return null;
            }
            Member p = programme.member(participantId);
            Member r = programme.member(resourceId);
            if (r == null) {
                return messages.get("decisions.release.left", resource);
            }
            if (p == null) {
                return messages.get("decisions.release.left", participant);
            }
            if (!p.requests(Mode.ACCOMPANIMENT)) {
                return messages.get("decisions.release.participantGone", participant);
            }
            Offer offer = r.offer(Mode.ACCOMPANIMENT);
            if (offer == null) {
                return messages.get("decisions.release.resourceGone", resource);
            }
            PairFacts facts = scoring().facts(p, r);
            if (facts.conflicted()) {
                return messages.get("decisions.release.conflict", participant, resource);
            }
            if (facts.missingHalfDays() > 0) {
                return messages.get("decisions.release.availability", participant, resource);
            }
            List<String> needed = new ArrayList<>();
            List<String> mastered = new ArrayList<>();
            int minimum = programme.accompaniment().minimumLevel();
            for (BaselinePair pair : covered) {
                boolean need = p.needs().stream().anyMatch(n -> n.topic().equals(pair.topic()));
                if (need) {
                    needed.add(pair.topic());
                    if (r.levelOn(pair.topic()) >= minimum) {
                        mastered.add(pair.topic());
                    }
                }
            }
            if (needed.isEmpty()) {
                return messages.get("decisions.release.needGone", participant, labels(topics(covered)));
            }
            if (mastered.isEmpty()) {
                return messages.get("decisions.release.level", resource, labels(needed), minimum);
            }
            int publishedHours = 0;
            for (BaselinePair pair : before.pairs()) {
                if (pair.resource().equals(resourceId)) {
                    publishedHours += pair.hours();
                }
            }
            if (offer.hours() < publishedHours) {
                return messages.get("decisions.release.hours", resource, offer.hours(), publishedHours);
            }
            long published = before.pairs().stream().filter(pair -> pair.resource().equals(resourceId))
                    .map(BaselinePair::participant).distinct().count();
            if (offer.participants() < published) {
                return messages.get("decisions.release.participants", resource, offer.participants(), published);
            }
            return null;
        }

        private String addedReason(String participantId, String resourceId, List<BaselinePair> covered) {
            List<String> sentences = new ArrayList<>();
            List<String> takes = new ArrayList<>();
            for (BaselinePair pair : covered) {
                takes.add(labelWithFit(pair));
            }
            sentences.add(messages.get("decisions.change.takes", name(resourceId), name(participantId),
                    messages.and(takes)));
            if (!before.participants().isEmpty() && !before.participants().contains(participantId)) {
                sentences.add(messages.get("decisions.change.newParticipant", name(participantId)));
            } else {
                List<String> instead = new ArrayList<>();
                for (BaselinePair pair : covered) {
                    BaselinePair was = oldCover(participantId, pair.topic());
                    if (was == null) {
                        sentences.add(messages.get("decisions.change.wasUncovered", label(pair.topic())));
                    } else if (!instead.contains(was.resource())) {
                        instead.add(was.resource());
                    }
                }
                if (!instead.isEmpty()) {
                    sentences.add(messages.get("decisions.change.insteadOf",
                            messages.and(instead.stream().map(this::name).toList())));
                }
            }
            return String.join(" ", sentences);
        }

        /** @return where the need of a pair of the old proposal goes in the new one */
        private String whereNow(BaselinePair pair) {
            BaselinePair now = newCover(pair.participant(), pair.topic());
            if (now == null) {
                return messages.get("decisions.change.nowUncovered", name(pair.participant()), label(pair.topic()));
            }
            if (now.resource().equals(pair.resource())) {
                return messages.get("decisions.change.stays", name(pair.participant()), label(pair.topic()),
                        name(pair.resource()));
            }
            return messages.get("decisions.change.nowGoesTo", name(pair.participant()), label(pair.topic()),
                    name(now.resource()), fit(now));
        }

        private String labelWithFit(BaselinePair pair) {
            return messages.get("decisions.change.topicWithFit", label(pair.topic()), fit(pair));
        }

        /** @return e.g. "level 4, same sector" */
        private String fit(BaselinePair pair) {
            return pair.commonSectors().isEmpty() ? messages.get("decisions.change.level", pair.level())
                    : messages.get("decisions.change.levelSameSector", pair.level());
        }

        private BaselinePair oldCover(String participant, String topic) {
            for (BaselinePair pair : before.pairs()) {
                if (pair.participant().equals(participant) && pair.topic().equals(topic)) {
                    return pair;
                }
            }
            return null;
        }

        private BaselinePair newCover(String participant, String topic) {
            for (BaselinePair pair : after.pairs()) {
                if (pair.participant().equals(participant) && pair.topic().equals(topic)) {
                    return pair;
                }
            }
            return null;
        }

        private PairScoring scoring() {
            if (scoring == null) {
                scoring = new PairScoring(programme);
            }
            return scoring;
        }

        private String name(String id) {
            if (programme != null && programme.member(id) != null) {
                return programme.member(id).name();
            }
            String name = after.names().get(id);
            return name != null ? name : before.name(id);
        }

        private String sentence(String text) {
            return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
        }

        private String labels(List<String> topics) {
            return messages.and(topics.stream().map(Differ::label).toList());
        }

        private static String label(String topic) {
            return NoveltyWords.label(topic);
        }

        private static BaselinePair find(List<BaselinePair> pairs, String topic) {
            for (BaselinePair pair : pairs) {
                if (pair.topic().equals(topic)) {
                    return pair;
                }
            }
            return null;
        }

        private static List<String> topics(List<BaselinePair> pairs) {
            return pairs.stream().map(BaselinePair::topic).toList();
        }

        private static Map<List<String>, List<BaselinePair>> byPair(Baseline baseline) {
            Map<List<String>, List<BaselinePair>> pairs = new LinkedHashMap<>();
            for (BaselinePair pair : baseline.pairs()) {
                pairs.computeIfAbsent(List.of(pair.participant(), pair.resource()), key -> new ArrayList<>())
                        .add(pair);
            }
            return pairs;
        }
    }
}
