package org.peermatch.core.immersion;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.Acquaintance;
import org.peermatch.core.scoring.NoveltyModel;
import org.peermatch.core.scoring.NoveltyWords;

/**
 * Turns a solved immersion plan into pairings and unplaced mentees, explained in the committee's words from the
 * same {@link ImmersionPairFacts} the constraints weigh.
 */
final class ImmersionExplainer {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final int NAMED = 3;

    private final Programme programme;
    private final NoveltyModel novelty;
    private final ImmersionPlan plan;

    ImmersionExplainer(Programme programme, NoveltyModel novelty, ImmersionPlan plan) {
        this.programme = programme;
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
            reasons.add("Beware: " + menteeName + " and " + mentorName + " " + facts.conflict() + ".");
        }
        if (facts.sameSector()) {
            reasons.add("Both work in " + and(NoveltyWords.labels(facts.commonSectors())) + ".");
        } else if (placement.isSameSectorRequired()) {
            reasons.add("Beware: they share no sector, although the programme requires the same sector.");
        } else {
            reasons.add("They work in different sectors (" + sectors(mentee.member()) + " for " + menteeName + ", "
                    + sectors(mentor.member()) + " for " + mentorName + "), which the programme allows.");
        }
        reasons.add(mentorName + " has " + years(facts.mentorYears()) + " of experience, "
                + (facts.experienceShortfall() == 0 ? "more than " : "not more than ") + menteeName + " with "
                + facts.menteeYears() + ".");
        reasons.add(objectives(mentee.member(), menteeName, mentorName, facts));
        reasons.add(noveltySentence(novelty.acquaintance(mentee.getId(), mentor.getId())));
        if (facts.distanceKnown()) {
            reasons.add("They work " + facts.kilometres() + " km apart.");
        }
        reasons.add(daySentence(placement));
        return reasons;
    }

    private static String objectives(Member mentee, String menteeName, String mentorName, ImmersionPairFacts facts) {
        List<String> matched = facts.matchedObjectives();
        int stated = new HashSet<>(mentee.objectives()).size();
        if (stated == 0) {
            return menteeName + " stated no objectives for the day.";
        }
        if (matched.isEmpty()) {
            return "The profile of " + mentorName + " covers none of the objectives of " + menteeName + ": "
                    + and(NoveltyWords.labels(mentee.objectives())) + ".";
        }
        if (matched.size() == stated) {
            return "The profile of " + mentorName + " covers " + (stated == 1 ? "the objective" : "every objective")
                    + " of " + menteeName + ": " + and(NoveltyWords.labels(matched)) + ".";
        }
        return "The profile of " + mentorName + " covers " + and(NoveltyWords.labels(matched)) + ", "
                + matched.size() + " of the "
                + stated + " objectives of " + menteeName + ".";
    }

    /** @return the novelty of the pair in words, e.g. "They worked together twice, last in May 2026 (…)." */
    String noveltySentence(Acquaintance met) {
        if (!met.metDirectly() && !met.throughPeers()) {
            return "They have never worked together: a new interaction.";
        }
        String cost = " (novelty cost " + met.cost() + ").";
        if (!met.metDirectly()) {
            return "They have not worked together, but both worked with " + peers(met) + cost;
        }
        String direct = "They " + NoveltyWords.directMeetings(met);
        return met.throughPeers() ? direct + ", and both worked with " + peers(met) + " since" + cost : direct + cost;
    }

    private String daySentence(MenteePlacement placement) {
        MentorDay day = placement.getMentorDay();
        String when = ImmersionScoring.format(day.date());
        String sentence;
        if (placement.unavailablePeople() == 0) {
            sentence = "Both are available all day on " + when;
        } else if (programme.isClosed(day.date())) {
            sentence = "Beware: " + when + " is a closed day of the programme";
        } else {
            List<String> missing = new ArrayList<>();
            if (!placement.getMentee().availableOn(day.dayNumber())) {
                missing.add(placement.getMentee().toString());
            }
            if (!day.mentor().availableOn(day.dayNumber())) {
                missing.add(day.mentor().toString());
            }
            sentence = "Beware: " + and(missing) + (missing.size() == 1 ? " is" : " are") + " not available all day on "
                    + when;
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
            return sentence + "; no other immersion day is planned.";
        }
        if (gap == 0) {
            return sentence + ", also the immersion day of " + nearest.getMentee() + ".";
        }
        return sentence + "; the nearest other immersion day is " + (gap == 1 ? "1 day" : gap + " days") + " away ("
                + ImmersionScoring.format(nearest.getMentorDay().date()) + ").";
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
            reasons.add("Nobody offers immersion days in this programme.");
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
                        free.add(mentor + " on " + ImmersionScoring.format(freeDay));
                    }
                }
            }
        }
        String sectors = or(NoveltyWords.labels(mentee.member().sectors()));
        if (!otherSector.isEmpty()) {
            if (mentee.member().sectors().isEmpty()) {
                reasons.add(name + " has no sector, and the programme requires mentor and mentee to share one.");
            } else if (otherSector.size() == mentors.size()) {
                reasons.add("No mentor offering immersion works in " + sectors + ".");
            } else {
                reasons.add(capitalized(number(otherSector.size())) + (otherSector.size() == 1 ? " mentor" : " mentors")
                        + " offering immersion "
                        + (otherSector.size() == 1 ? "works" : "work") + " in other sectors than " + sectors + ".");
            }
        }
        String in = placement.isSameSectorRequired() && !mentee.member().sectors().isEmpty()
                ? " in " + sectors : "";
        if (!conflicted.isEmpty()) {
            if (conflicted.size() == 1) {
                reasons.add(conflicted.getFirst() + " is excluded by a conflict of interest: they "
                        + mentee.pairWith(conflicted.getFirst()).conflict() + ".");
            } else {
                List<String> names = new ArrayList<>();
                for (Mentor mentor : conflicted.subList(0, Math.min(NAMED, conflicted.size()))) {
                    names.add("with " + mentor + ", they " + mentee.pairWith(mentor).conflict());
                }
                int others = conflicted.size() - names.size();
                reasons.add(capitalized(number(conflicted.size())) + " mentors" + in
                        + " are excluded by a conflict of interest: " + String.join("; ", names)
                        + (others == 0 ? "" : "; and " + number(others) + " more") + ".");
            }
        }
        if (!lessExperienced.isEmpty()) {
            int own = mentee.member().experienceYears();
            if (lessExperienced.size() == 1) {
                reasons.add(lessExperienced.getFirst() + " has " + years(lessExperienced.getFirst().member()
                        .experienceYears()) + " of experience, not more than the " + years(own) + " of " + name
                        + ".");
            } else {
                List<String> years = new ArrayList<>();
                for (Mentor mentor : lessExperienced) {
                    years.add(mentor + " has " + mentor.member().experienceYears());
                }
                reasons.add(capitalized(number(lessExperienced.size())) + " mentors" + in + " have no more experience than"
                        + " the " + years(own) + " of " + name + ": " + few(years) + ".");
            }
        }
        if (!noCommonDay.isEmpty()) {
            reasons.add("No common full day with " + orFew(noCommonDay) + ".");
        }
        if (!full.isEmpty()) {
            reasons.add(full.size() == 1 ? "All days of " + full.getFirst() + " are taken."
                    : "All days of " + mentorAnd(full) + " are taken.");
        }
        if (!allDaysBusy.isEmpty()) {
            reasons.add((allDaysBusy.size() == 1 ? mentorAnd(allDaysBusy) + " still has a day to offer"
                    : mentorAnd(allDaysBusy) + " still have days to offer") + ", but every common full day with "
                    + name + " already hosts another mentee.");
        }
        if (!free.isEmpty()) {
            reasons.add("Free to host without breaking a rule: " + few(free)
                    + "; the search stopped before placing " + name + ", or only kept "
                    + ImmersionProblem.MAX_DAYS_PER_PAIR + " of the common days of each pair.");
        }
        return reasons;
    }

    // ---- words ---------------------------------------------------------------------------------------------------

    private static String mentorAnd(List<Mentor> mentors) {
        return few(mentors.stream().map(Mentor::toString).toList());
    }

    private static String orFew(List<Mentor> mentors) {
        List<String> names = mentors.stream().map(Mentor::toString).toList();
        if (names.size() <= NAMED) {
            return or(names);
        }
        int others = names.size() - NAMED;
        return String.join(", ", names.subList(0, NAMED)) + " or " + others + (others == 1 ? " other" : " others");
    }

    /** "A", "A and B", "A, B and C", "A, B, C and 2 others". */
    static String few(List<String> items) {
        if (items.size() <= NAMED) {
            return and(items);
        }
        int others = items.size() - NAMED;
        return String.join(", ", items.subList(0, NAMED)) + " and " + others + (others == 1 ? " other" : " others");
    }

    static String and(List<String> items) {
        return NoveltyWords.and(items);
    }

    static String or(List<String> items) {
        return NoveltyWords.or(items);
    }

    private static String sectors(Member member) {
        return member.sectors().isEmpty() ? "no sector" : and(NoveltyWords.labels(member.sectors()));
    }

    private static final List<String> NUMBERS = List.of("no", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    /** @return the number in words up to ten, in digits above */
    static String number(int n) {
        return n >= 0 && n < NUMBERS.size() ? NUMBERS.get(n) : Integer.toString(n);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String years(int n) {
        return n == 1 ? "1 year" : n + " years";
    }

    static String times(int n) {
        return NoveltyWords.times(n);
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
        int others = names.size() - 2;
        return names.get(0) + ", " + names.get(1) + " and " + others + (others == 1 ? " other" : " others");
    }
}
