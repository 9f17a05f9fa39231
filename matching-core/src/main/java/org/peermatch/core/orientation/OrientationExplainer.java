package org.peermatch.core.orientation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.text.Messages;

/**
 * Explains a solved orientation in the committee's words: for each admitted applicant, which needs each mode given
 * serves best and why; for the others, the waiting list in order, why each is not admitted and what would admit
 * them. Every sentence comes from the {@code orientation} bundle.
 *
 * <p>The waiting list puts first the applicants in the most priority groups, then those whose best option serves the
 * most priority weight, then those who need the least extra capacity, then document order.
 */
final class OrientationExplainer {

    private final OrientationScoring scoring;
    private final OrientationPlan plan;
    private final Messages text;
    private final Map<Mode, long[]> left = new EnumMap<>(Mode.class);
    private final long admissionsLeft;

    OrientationExplainer(OrientationScoring scoring, OrientationPlan plan, Messages text) {
        this.scoring = scoring;
        this.plan = plan;
        this.text = text;
        for (ModeCapacity capacity : plan.getCapacities()) {
            left.put(capacity.mode(), new long[] {capacity.units(), capacity.participants()});
        }
        long admitted = 0;
        for (ApplicantOrientation orientation : plan.getOrientations()) {
            if (orientation.getOption() != null) {
                admitted++;
                for (ModeLoad load : orientation.getOption().loads()) {
                    long[] mode = left.get(load.mode());
                    mode[0] -= load.units();
                    mode[1]--;
                }
            }
        }
        this.admissionsLeft = plan.getLimit().max() - admitted;
    }

    /** @return the admitted applicants with why, in document order */
    List<OrientedApplicant> admitted() {
        List<OrientedApplicant> admitted = new ArrayList<>();
        for (ApplicantOrientation orientation : plan.getOrientations()) {
            OrientationOption option = orientation.getOption();
            if (option == null) {
                continue;
            }
            Applicant applicant = orientation.getApplicant();
            admitted.add(new OrientedApplicant(applicant.id(), name(applicant), applicant.application().wishes(),
                    option.modes(), applicant.application().motivation(), applicant.groups(), option.served(),
                    applicant.needWeight(), reasons(applicant, option)));
        }
        return admitted;
    }

    private List<String> reasons(Applicant applicant, OrientationOption option) {
        List<String> reasons = new ArrayList<>();
        int needs = applicant.needs().size();
        List<String> unserved = new ArrayList<>();
        Map<Mode, List<String>> best = new EnumMap<>(Mode.class);
        Map<Mode, Boolean> onlyBest = new EnumMap<>(Mode.class);
        for (Need need : applicant.needs()) {
            int bestFit = 0;
            for (Mode mode : option.modes()) {
                bestFit = Math.max(bestFit, scoring.fit(need.topic(), mode));
            }
            if (bestFit < OrientationScoring.SUITABLE) {
                unserved.add(OrientationWords.topic(need.topic()));
                continue;
            }
            for (Mode mode : option.modes()) {
                if (scoring.fit(need.topic(), mode) == bestFit) {
                    best.computeIfAbsent(mode, m -> new ArrayList<>()).add(OrientationWords.topic(need.topic()));
                    onlyBest.merge(mode, bestFit == OrientationScoring.BEST, Boolean::logicalAnd);
                    break;
                }
            }
        }
        for (Mode mode : option.modes()) {
            List<String> topics = best.getOrDefault(mode, List.of());
            if (!topics.isEmpty()) {
                reasons.add(onlyBest.get(mode)
                        ? text.get("orientation.why." + mode.jsonName(), topics.size(), needs, text.and(topics))
                        : text.get("orientation.why.suited", topics.size(), needs, OrientationWords.mode(text, mode),
                                text.and(topics)));
            }
            int rank = applicant.application().rank(mode);
            if (rank > 1) {
                reasons.add(text.get("orientation.why.rank", OrientationWords.mode(text, mode), rank));
            }
        }
        if (!applicant.pinned().isEmpty()) {
            reasons.add(text.get("orientation.why.pinned", OrientationWords.modes(text, applicant.pinned())));
        }
        if (!applicant.groups().isEmpty()) {
            reasons.add(text.get("orientation.why.groups", groups(applicant.groups())));
        }
        if (!unserved.isEmpty()) {
            reasons.add(text.get("orientation.why.unserved", text.and(unserved)));
        }
        return reasons;
    }

    /** @return the applicants not admitted, in the order of the waiting list */
    List<WaitingApplicant> waiting() {
        record Candidate(ApplicantOrientation orientation, OrientationOption best, long shortfall) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ApplicantOrientation orientation : plan.getOrientations()) {
            if (orientation.getOption() != null) {
                continue;
            }
            OrientationOption best = null;
            long bestShortfall = Long.MAX_VALUE;
            for (OrientationOption option : orientation.getOptions()) {
                if (option.served() == 0) {
                    continue;
                }
                long shortfall = shortfall(option);
                if (best == null || option.served() > best.served()
                        || (option.served() == best.served() && shortfall < bestShortfall)) {
                    best = option;
                    bestShortfall = shortfall;
                }
            }
            candidates.add(new Candidate(orientation, best, bestShortfall));
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.orientation().getApplicant().groups().size())
                .thenComparingInt(c -> c.best() == null ? 0 : -c.best().served())
                .thenComparingLong(Candidate::shortfall)
                .thenComparingInt(c -> c.orientation().getApplicant().index()));
        List<WaitingApplicant> waiting = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Applicant applicant = candidate.orientation().getApplicant();
            waiting.add(new WaitingApplicant(waiting.size() + 1, applicant.id(), name(applicant),
                    applicant.application().wishes(), applicant.application().motivation(), applicant.groups(),
                    applicant.needWeight(), notAdmitted(applicant, candidate.orientation().getOptions()),
                    wouldAdmit(applicant, candidate.best())));
        }
        return waiting;
    }

    /** @return how many units the option lacks in all (0 when only the limit of beneficiaries stands in the way) */
    private long shortfall(OrientationOption option) {
        long shortfall = 0;
        for (ModeLoad load : option.loads()) {
            long[] mode = left.get(load.mode());
            shortfall += Math.max(0, load.units() - mode[0]);
        }
        return shortfall;
    }

    private List<String> notAdmitted(Applicant applicant, List<OrientationOption> options) {
        List<String> reasons = new ArrayList<>();
        if (applicant.needs().isEmpty()) {
            reasons.add(text.get("orientation.wait.noNeeds"));
        }
        for (Mode mode : applicant.application().wishes()) {
            if (applicant.forbidden().contains(mode)) {
                reasons.add(text.get("orientation.wait.forbidden", OrientationWords.mode(text, mode)));
                continue;
            }
            OrientationOption alone = null;
            for (OrientationOption option : options) {
                if (option.modes().equals(List.of(mode))) {
                    alone = option;
                }
            }
            if (alone == null) {
                continue;
            }
            long[] capacity = left.get(mode);
            int load = alone.loads().get(0).units();
            if (alone.served() == 0 && !applicant.needs().isEmpty()) {
                reasons.add(text.get("orientation.wait.unsuited", OrientationWords.mode(text, mode)));
            } else if (capacity[0] < load) {
                reasons.add(text.get("orientation.wait.full", OrientationWords.mode(text, mode),
                        OrientationWords.units(text, mode, Math.max(0, capacity[0])),
                        OrientationWords.units(text, mode, load)));
            } else if (capacity[1] < 1) {
                reasons.add(text.get("orientation.wait.maxPerMode", OrientationWords.mode(text, mode)));
            }
        }
        if (admissionsLeft < 1) {
            reasons.add(text.get("orientation.wait.limit", plan.getLimit().max()));
        }
        if (reasons.isEmpty()) {
            reasons.add(text.get("orientation.wait.others"));
        }
        return reasons;
    }

    private String wouldAdmit(Applicant applicant, OrientationOption best) {
        if (best == null) {
            Mode suited = null;
            int bestFit = 0;
            for (Mode mode : OrientationScoring.MODES) {
                int fit = 0;
                for (Need need : applicant.needs()) {
                    fit = Math.max(fit, scoring.fit(need.topic(), mode));
                }
                if (fit > bestFit) {
                    bestFit = fit;
                    suited = mode;
                }
            }
            return suited == null || bestFit < OrientationScoring.SUITABLE ? text.get("orientation.admit.nothing")
                    : text.get("orientation.admit.wish", OrientationWords.mode(text, suited));
        }
        List<String> more = new ArrayList<>();
        for (ModeLoad load : best.loads()) {
            long missing = load.units() - left.get(load.mode())[0];
            if (missing > 0) {
                List<String> topics = new ArrayList<>();
                for (Need need : applicant.needs()) {
                    if (load.mode() == Mode.ACCOMPANIMENT && scoring.fit(need.topic(), Mode.ACCOMPANIMENT) > 0) {
                        topics.add(OrientationWords.topic(need.topic()));
                    }
                }
                more.add(topics.isEmpty()
                        ? text.get("orientation.admit.units", OrientationWords.units(text, load.mode(), missing))
                        : text.get("orientation.admit.unitsOn", OrientationWords.units(text, load.mode(), missing),
                                text.and(topics)));
            }
            if (left.get(load.mode())[1] < 1) {
                more.add(text.get("orientation.admit.place", OrientationWords.mode(text, load.mode())));
            }
        }
        if (admissionsLeft < 1) {
            more.add(text.get("orientation.admit.beneficiary"));
        }
        if (more.isEmpty()) {
            return text.get("orientation.admit.search", OrientationWords.modes(text, best.modes()));
        }
        return text.get("orientation.admit.more", OrientationWords.modes(text, best.modes()), text.and(more));
    }

    /** @return each mode's capacity and its use */
    List<CapacityUse> capacities() {
        List<CapacityUse> uses = new ArrayList<>();
        for (ModeCapacity capacity : plan.getCapacities()) {
            long given = 0;
            int applicants = 0;
            for (ApplicantOrientation orientation : plan.getOrientations()) {
                for (ModeLoad load : orientation.loads()) {
                    if (load.mode() == capacity.mode()) {
                        given += load.units();
                        applicants++;
                    }
                }
            }
            long decided = capacity.total() >= ModeCapacity.UNBOUNDED ? 0 : capacity.total() - capacity.units();
            uses.add(new CapacityUse(capacity.mode(), capacity.total(), decided, given, applicants));
        }
        return uses;
    }

    private String groups(List<String> groups) {
        List<String> names = new ArrayList<>();
        for (String group : groups) {
            names.add(group.startsWith("territory:")
                    ? text.get("orientation.group.territory", group.substring("territory:".length()))
                    : text.get("orientation.group." + group));
        }
        return text.and(names);
    }

    private static String name(Applicant applicant) {
        String label = applicant.label();
        int paren = label.lastIndexOf(" (");
        return paren < 0 ? label : label.substring(0, paren);
    }
}
