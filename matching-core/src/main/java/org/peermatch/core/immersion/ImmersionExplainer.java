package org.peermatch.core.immersion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.Acquaintance;
import org.peermatch.core.scoring.NoveltyModel;
import org.peermatch.core.scoring.NoveltyWords;
import org.peermatch.core.text.Messages;

/**
 * Turns a solved immersion plan into pairings and unplaced mentees, explained in the committee's words from the
 * same {@link ImmersionPairFacts} the constraints weigh.
 */
final class ImmersionExplainer {

    private static final int NAMED = 3;

    private final Programme programme;
    private final NoveltyModel novelty;
    private final ImmersionPlan plan;
    private final Messages messages;

    ImmersionExplainer(Programme programme, NoveltyModel novelty, ImmersionPlan plan) {
        this.programme = programme;
        this.messages = programme.messages();
        this.novelty = novelty;
        this.plan = plan;
    }

    /** @return the placed mentees with their mentor, day and reasons, in the programme's order of mentees */
    List<ImmersionPairing> pairings() {
        List<ImmersionPairing> pairings = new ArrayList<>();
        for (MenteePlacement placement : plan.getPlacements()) {
            MentorDay day = placement.getMentorDay();
            if (day == null) {
                continue;
            }
            Member mentee = placement.getMentee().member();
            pairings.add(new ImmersionPairing(mentee.id(), day.mentor().getId(), day.date(), mentee.objectives(),
                    day.date().plusDays(programme.immersion().reportDueDays()), reasons(placement)));
        }
        return pairings;
    }

    private List<String> reasons(MenteePlacement placement) {
        Mentee mentee = placement.getMentee();
        Mentor mentor = placement.mentor();
        ImmersionPairFacts facts = placement.facts();
        String menteeName = mentee.toString();
        String mentorName = mentor.toString();
        List<String> reasons = new ArrayList<>();
        if (facts.conflicted()) {
            reasons.add(messages.get("immersion.conflict", menteeName, mentorName, facts.conflict()));
        }
        if (facts.sameSector()) {
            reasons.add(messages.get("immersion.sector.same", and(NoveltyWords.labels(facts.commonSectors()))));
        } else if (placement.isSameSectorRequired()) {
            reasons.add(messages.get("immersion.sector.required"));
        } else {
            reasons.add(messages.get("immersion.sector.different", sectors(mentee.member()), menteeName,
                    sectors(mentor.member()), mentorName));
        }
        reasons.add(messages.get(facts.experienceShortfall() == 0 ? "immersion.experience.more"
                : "immersion.experience.notMore", mentorName, years(facts.mentorYears()), menteeName,
                facts.menteeYears()));
        reasons.add(objectives(mentee.member(), menteeName, mentorName, facts));
        reasons.add(noveltySentence(novelty.acquaintance(mentee.getId(), mentor.getId())));
        if (facts.distanceKnown()) {
            reasons.add(messages.get("immersion.distance", facts.kilometres()));
        }
        reasons.add(daySentence(placement));
        return reasons;
    }

    private String objectives(Member mentee, String menteeName, String mentorName, ImmersionPairFacts facts) {
        List<String> matched = facts.matchedObjectives();
        int stated = new HashSet<>(mentee.objectives()).size();
        if (stated == 0) {
            return messages.get("immersion.objectives.none", menteeName);
        }
        if (matched.isEmpty()) {
            return messages.get("immersion.objectives.unmatched", mentorName, menteeName,
                    and(NoveltyWords.labels(mentee.objectives())));
        }
        if (matched.size() == stated) {
            return messages.get("immersion.objectives.all", mentorName, stated, menteeName,
                    and(NoveltyWords.labels(matched)));
        }
        return messages.get("immersion.objectives.some", mentorName, and(NoveltyWords.labels(matched)),
                matched.size(), stated, menteeName);
    }

    /** @return the novelty of the pair in words, e.g. "They worked together twice, last in May 2026 (…)." */
    String noveltySentence(Acquaintance met) {
        if (!met.metDirectly() && !met.throughPeers()) {
            return messages.get("immersion.novelty.new");
        }
        if (!met.metDirectly()) {
            return messages.get("immersion.novelty.peers", peers(met), met.cost());
        }
        String direct = NoveltyWords.directMeetings(messages, met);
        return met.throughPeers() ? messages.get("immersion.novelty.directAndPeers", direct, peers(met), met.cost())
                : messages.get("immersion.novelty.direct", direct, met.cost());
    }

    private String daySentence(MenteePlacement placement) {
        MentorDay day = placement.getMentorDay();
        String when = NoveltyWords.day(messages, day.date());
        String sentence;
        if (placement.unavailablePeople() == 0) {
            sentence = messages.get("immersion.day.available", when);
        } else if (programme.isClosed(day.date())) {
            sentence = messages.get("immersion.day.closed", when);
        } else {
            List<String> missing = new ArrayList<>();
            if (!placement.getMentee().availableOn(day.dayNumber())) {
                missing.add(placement.getMentee().toString());
            }
            if (!day.mentor().availableOn(day.dayNumber())) {
                missing.add(day.mentor().toString());
            }
            sentence = messages.get("immersion.day.unavailable", and(missing), missing.size(), when);
        }
        MenteePlacement nearest = null;
        int gap = Integer.MAX_VALUE;
        for (MenteePlacement other : plan.getPlacements()) {
            if (other != placement && other.getMentorDay() != null) {
                int otherGap = Math.abs(other.getMentorDay().dayNumber() - day.dayNumber());
                if (otherGap < gap) {
                    gap = otherGap;
                    nearest = other;
                }
            }
        }
        if (nearest == null) {
            return messages.get("immersion.day.alone", sentence);
        }
        if (gap == 0) {
            return messages.get("immersion.day.same", sentence, nearest.getMentee().toString());
        }
        return messages.get("immersion.day.nearest", sentence, gap,
                NoveltyWords.day(messages, nearest.getMentorDay().date()));
    }

    /** @return the unplaced mentees with why no mentor fits, in the programme's order */
    List<UnplacedMentee> unplaced() {
        int[] hosted = new int[plan.getMentors().size()];
        Set<String> busyDates = new HashSet<>();
        for (MenteePlacement placement : plan.getPlacements()) {
            if (placement.getMentorDay() != null) {
                hosted[placement.mentor().index()]++;
                busyDates.add(placement.mentor().getId() + "@" + placement.getMentorDay().date());
            }
        }
        List<UnplacedMentee> unplaced = new ArrayList<>();
        for (MenteePlacement placement : plan.getPlacements()) {
            if (placement.getMentorDay() == null) {
                unplaced.add(new UnplacedMentee(placement.getMentee().getId(),
                        unplacedReasons(placement, hosted, busyDates)));
            }
        }
        return unplaced;
    }

    private List<String> unplacedReasons(MenteePlacement placement, int[] hosted, Set<String> busyDates) {
        Mentee mentee = placement.getMentee();
        String name = mentee.toString();
        List<Mentor> mentors = plan.getMentors();
        List<String> reasons = new ArrayList<>();
        if (mentors.isEmpty()) {
            reasons.add(messages.get("immersion.unplaced.nobody"));
            return reasons;
        }
        List<Mentor> otherSector = new ArrayList<>();
        List<Mentor> conflicted = new ArrayList<>();
        List<Mentor> lessExperienced = new ArrayList<>();
        List<Mentor> noCommonDay = new ArrayList<>();
        List<Mentor> full = new ArrayList<>();
        List<Mentor> allDaysBusy = new ArrayList<>();
        List<String> free = new ArrayList<>();
        // Only the rules the programme keeps block a mentor (a weight of 0 switches a rule off).
        boolean sectorRule = ImmersionProblem.isOn(programme, ImmersionConstraint.MENTOR_OTHER_SECTOR);
        boolean conflictRule = ImmersionProblem.isOn(programme, ImmersionConstraint.IMMERSION_CONFLICT_OF_INTEREST);
        boolean experienceRule = ImmersionProblem.isOn(programme, ImmersionConstraint.MENTOR_LESS_EXPERIENCED);
        boolean dayRule = ImmersionProblem.isOn(programme, ImmersionConstraint.IMMERSION_DAY_UNAVAILABLE);
        for (Mentor mentor : mentors) {
            ImmersionPairFacts facts = mentee.pairWith(mentor);
            if (sectorRule && placement.isSameSectorRequired() && !facts.sameSector()) {
                otherSector.add(mentor);
            } else if (conflictRule && facts.conflicted()) {
                conflicted.add(mentor);
            } else if (experienceRule && facts.experienceShortfall() > 0) {
                lessExperienced.add(mentor);
            } else {
                BitSet common = mentee.fullDays();
                common.and(mentor.fullDays());
                if (dayRule && common.isEmpty()) {
                    noCommonDay.add(mentor);
                } else if (hosted[mentor.index()] >= mentor.days()) {
                    full.add(mentor);
                } else {
                    LocalDate freeDay = null;
                    for (int day = common.nextSetBit(0); day >= 0 && freeDay == null; day = common.nextSetBit(day + 1)) {
                        LocalDate date = programme.start().plusDays(day);
                        if (!busyDates.contains(mentor.getId() + "@" + date)) {
                            freeDay = date;
                        }
                    }
                    if (freeDay == null) {
                        allDaysBusy.add(mentor);
                    } else {
                        free.add(messages.get("immersion.unplaced.freeOn", mentor.toString(),
                                NoveltyWords.day(messages, freeDay)));
                    }
                }
            }
        }
        String sectors = or(NoveltyWords.labels(mentee.member().sectors()));
        if (!otherSector.isEmpty()) {
            if (mentee.member().sectors().isEmpty()) {
                reasons.add(messages.get("immersion.unplaced.noSector", name));
            } else if (otherSector.size() == mentors.size()) {
                reasons.add(messages.get("immersion.unplaced.noMentorInSector", sectors));
            } else {
                reasons.add(messages.get("immersion.unplaced.otherSectors", capitalized(number(otherSector.size())),
                        otherSector.size(), sectors));
            }
        }
        String in = placement.isSameSectorRequired() && !mentee.member().sectors().isEmpty()
                ? messages.get("immersion.unplaced.in", sectors) : "";
        if (!conflicted.isEmpty()) {
            if (conflicted.size() == 1) {
                reasons.add(messages.get("immersion.unplaced.conflict", conflicted.getFirst().toString(),
                        mentee.pairWith(conflicted.getFirst()).conflict()));
            } else {
                List<String> names = new ArrayList<>();
                for (Mentor mentor : conflicted.subList(0, Math.min(NAMED, conflicted.size()))) {
                    names.add(messages.get("immersion.unplaced.conflict.with", mentor.toString(),
                            mentee.pairWith(mentor).conflict()));
                }
                int others = conflicted.size() - names.size();
                reasons.add(messages.get("immersion.unplaced.conflicts", capitalized(number(conflicted.size())), in,
                        String.join(messages.get("accompaniment.candidate.separator"), names),
                        others == 0 ? "" : messages.get("immersion.unplaced.conflicts.more", number(others))));
            }
        }
        if (!lessExperienced.isEmpty()) {
            int own = mentee.member().experienceYears();
            if (lessExperienced.size() == 1) {
                reasons.add(messages.get("immersion.unplaced.lessExperienced", lessExperienced.getFirst().toString(),
                        years(lessExperienced.getFirst().member().experienceYears()), years(own), name));
            } else {
                List<String> years = new ArrayList<>();
                for (Mentor mentor : lessExperienced) {
                    years.add(messages.get("immersion.unplaced.lessExperienced.years", mentor.toString(),
                            mentor.member().experienceYears()));
                }
                reasons.add(messages.get("immersion.unplaced.lessExperiencedMany",
                        capitalized(number(lessExperienced.size())), in, years(own), name, few(years)));
            }
        }
        if (!noCommonDay.isEmpty()) {
            reasons.add(messages.get("immersion.unplaced.noCommonDay", orFew(noCommonDay)));
        }
        if (!full.isEmpty()) {
            reasons.add(messages.get("immersion.unplaced.full", full.size() == 1 ? full.getFirst().toString()
                    : mentorAnd(full)));
        }
        if (!allDaysBusy.isEmpty()) {
            reasons.add(messages.get("immersion.unplaced.allDaysBusy", mentorAnd(allDaysBusy), allDaysBusy.size(),
                    name));
        }
        if (!free.isEmpty()) {
            reasons.add(messages.get("immersion.unplaced.free", few(free), name, ImmersionProblem.MAX_DAYS_PER_PAIR));
        }
        return reasons;
    }

    // ---- words ---------------------------------------------------------------------------------------------------

    private String mentorAnd(List<Mentor> mentors) {
        return few(mentors.stream().map(Mentor::toString).toList());
    }

    private String orFew(List<Mentor> mentors) {
        List<String> names = mentors.stream().map(Mentor::toString).toList();
        if (names.size() <= NAMED) {
            return NoveltyWords.or(messages, names);
        }
        return messages.get("immersion.few.orMore", String.join(", ", names.subList(0, NAMED)), names.size() - NAMED);
    }

    /** "A", "A and B", "A, B and C", "A, B, C and 2 others". */
    String few(List<String> items) {
        if (items.size() <= NAMED) {
            return and(items);
        }
        return messages.get("immersion.few.more", String.join(", ", items.subList(0, NAMED)), items.size() - NAMED);
    }

    String and(List<String> items) {
        return messages.and(items);
    }

    String or(List<String> items) {
        return NoveltyWords.or(messages, items);
    }

    private String sectors(Member member) {
        return member.sectors().isEmpty() ? messages.get("immersion.sector.none")
                : and(NoveltyWords.labels(member.sectors()));
    }

    /** @return the number in words up to ten, in digits above */
    String number(int n) {
        List<String> numbers = List.of(messages.get("immersion.numbers").split(","));
        return n >= 0 && n < numbers.size() ? numbers.get(n) : Integer.toString(n);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String years(int n) {
        return messages.get("immersion.years", n);
    }

    private String peers(Acquaintance met) {
        List<String> names = new ArrayList<>();
        for (String id : met.commonPeers()) {
            Member peer = programme.member(id);
            names.add(peer == null ? id : peer.name() + " (" + id + ")");
        }
        if (names.size() <= 2) {
            return and(names);
        }
        return messages.get("scoring.pair.peers.more", names.get(0), names.get(1), names.size() - 2);
    }
}
