package org.peermatch.core.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.peermatch.core.accompaniment.AccompanimentProposal;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.accompaniment.CandidateVerdict;
import org.peermatch.core.accompaniment.PairExplanation;
import org.peermatch.core.accompaniment.ResourceLoad;
import org.peermatch.core.accompaniment.UncoveredNeed;
import org.peermatch.core.codevelopment.CodevelopmentGroup;
import org.peermatch.core.codevelopment.CodevelopmentProposal;
import org.peermatch.core.codevelopment.CodevelopmentSession;
import org.peermatch.core.codevelopment.UnplacedCodevelopmentMember;
import org.peermatch.core.immersion.ImmersionPairing;
import org.peermatch.core.immersion.ImmersionProposal;
import org.peermatch.core.immersion.UnplacedMentee;
import org.peermatch.core.model.AccompanimentRules;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.Competence;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.PinnedPair;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.solve.ConstraintCatalog;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.solve.SolveStatistics;
import org.peermatch.core.workshop.UnservedWorkshopNeed;
import org.peermatch.core.workshop.Workshop;
import org.peermatch.core.workshop.WorkshopProposal;

/**
 * A hand-built programme and proposal: 3 participants, 2 resource persons, one uncovered need, one broken rule, and
 * a participant whose name and organization hold markup, ampersands and quotes.
 */
final class ReportFixture {

    static final String TRICKY_NAME = "Léa <script>alert(1)</script> & \"Fils\"";
    static final String TRICKY_ORGANIZATION = "Éditions L'Arbre & Cie";

    static final String CAMILLE_BUSINESS_SENTENCE = "Ana Costa covers business-model at level 4/5 (minimum 3).";
    static final String TRICKY_SENTENCE = "Both work in publishing & games: level 5 > minimum 3.";
    static final String UNCOVERED_SUMMARY = "Nobody offering accompaniment covers pitch at level 3+.";
    static final String VIOLATION_MESSAGE = "Bruno Lefèvre (m11) is given 9 hours but offers 8.";

    private ReportFixture() {
    }

    static Programme programme() {
        List<Member> members = List.of(
                participant("m01", "Camille Martin", "Le Bikini", List.of("music", "live-performance"),
                        List.of(new Need("business-model", 1, 6), new Need("digital-communication", 2, 4)),
                        List.of("m10")),
                participant("m02", TRICKY_NAME, TRICKY_ORGANIZATION, List.of("publishing"),
                        List.of(new Need("pitch", 1, 4), new Need("funding", 2, 6)), List.of()),
                participant("m03", "Hugo Bernard", "Studio Pixel", List.of("games"),
                        List.of(new Need("business-model", 3, 3)), List.of()),
                resource("m10", "Ana Costa", "Cluster Sud", List.of("music"),
                        List.of(new Competence("business-model", 4), new Competence("digital-communication", 3)),
                        new Offer(12, 2)),
                resource("m11", "Bruno Lefèvre", "Atelier Nord", List.of("publishing", "games"),
                        List.of(new Competence("funding", 5), new Competence("business-model", 3)),
                        new Offer(8, 2)));
        return new Programme("PEER CULTURE 2027", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 12, 17),
                ZoneId.of("Europe/Paris"),
                List.of(new HalfDaySlot("AM", LocalTime.of(9, 0), LocalTime.of(12, 30)),
                        new HalfDaySlot("PM", LocalTime.of(14, 0), LocalTime.of(17, 30))),
                AccompanimentRules.DEFAULT, members,
                List.of(new Interaction(List.of("m03", "m11"), Mode.ACCOMPANIMENT, LocalDate.of(2025, 3, 14))),
                new Decisions(List.of(new PinnedPair("m01", "m10", "business-model")), List.of()),
                Map.of(), new SolverSettings(null, null, 10_000L, 42L));
    }

    /** The proposal as the solver could have returned it: infeasible (one broken rule) with one uncovered need. */
    static Proposal proposal() {
        return proposal(List.of(new Violation("resource-hours-exceeded", VIOLATION_MESSAGE)), true);
    }

    /**
     * @param violations the broken rules
     * @param withGap whether the pitch need of m02 is uncovered (else it is covered by m11)
     */
    static Proposal proposal(List<Violation> violations, boolean withGap) {
        return proposal(violations, withGap, false);
    }

    /**
     * @param tradeOff whether no rule blocks Ana Costa (m10) for the uncovered pitch need: a trade-off candidate
     * @see #proposal(List, boolean)
     */
    static Proposal proposal(List<Violation> violations, boolean withGap, boolean tradeOff) {
        List<Assignment> assignments = new ArrayList<>();
        assignments.add(new Assignment("m01", "m10", "business-model", 1, 6, true,
                new PairExplanation(4, 3, List.of("music"), 0, null, List.of(), 0, false, 1, 64,
                        List.of(CAMILLE_BUSINESS_SENTENCE, "Both work in music.",
                                "They never worked together: a new interaction.",
                                "Camille Martin ranked Ana Costa first."))));
        assignments.add(new Assignment("m01", "m10", "digital-communication", 2, 4, false,
                new PairExplanation(3, 3, List.of("music"), 0, null, List.of(), 0, false, 1, 64,
                        List.of("Ana Costa covers digital-communication at level 3/5 (minimum 3).",
                                "Both work in music."))));
        if (!withGap) {
            assignments.add(new Assignment("m02", "m11", "pitch", 1, 4, false,
                    new PairExplanation(3, 3, List.of("publishing"), 0, null, List.of(), 0, false, 0, 40,
                            List.of("Bruno Lefèvre covers pitch at level 3/5 (minimum 3)."))));
        }
        assignments.add(new Assignment("m02", "m11", "funding", 2, 6, false,
                new PairExplanation(5, 3, List.of("publishing"), 0, null, List.of(), 0, false, 0, 40,
                        List.of("Bruno Lefèvre covers funding at level 5/5 (minimum 3).", TRICKY_SENTENCE))));
        assignments.add(new Assignment("m03", "m11", "business-model", 3, 3, false,
                new PairExplanation(3, 3, List.of("games"), 1, LocalDate.of(2025, 3, 14), List.of(), 38, false, 0, 40,
                        List.of("Bruno Lefèvre covers business-model at level 3/5 (minimum 3).",
                                "Both work in games.",
                                "They worked together once before, last on 14 March 2025."))));

        List<UncoveredNeed> uncovered = withGap
                ? List.of(new UncoveredNeed("m02", "pitch", 1, 4, List.of(
                        tradeOff ? new CandidateVerdict("m10", List.of(),
                                "Ana Costa covers pitch at level 4/5, but her hours go to Camille Martin.")
                                : new CandidateVerdict("m10", List.of("competence-too-low"),
                                        "Ana Costa has no competence on pitch."),
                        new CandidateVerdict("m11", List.of("competence-too-low", "resource-hours-exceeded"),
                                "Bruno Lefèvre covers pitch at level 2/5 only, and has no hours left.")),
                        UNCOVERED_SUMMARY))
                : List.of();

        List<ResourceLoad> loads = List.of(
                new ResourceLoad("m10", 10, 12, List.of("m01"), 2),
                new ResourceLoad("m11", withGap ? 9 : 13, 8, List.of("m02", "m03"), 2));

        List<ConstraintScore> constraints = new ArrayList<>();
        for (ConstraintDefinition definition : ConstraintCatalog.all()) {
            if (definition.mode() != Mode.ACCOMPANIMENT) {
                continue;
            }
            long score = switch (definition.id()) {
                case "resource-hours-exceeded" -> violations.isEmpty() ? 0 : -1;
                case "need-uncovered" -> withGap ? -3 : 0;
                case "competence-above-minimum" -> 50;
                case "same-sector" -> 120;
                case "repeated-interaction" -> -38;
                default -> 0;
            };
            constraints.add(new ConstraintScore(definition.id(), definition.level(), definition.defaultWeight(),
                    score));
        }
        long hard = violations.isEmpty() ? 0 : -1;
        long medium = withGap ? -3 : 0;
        long soft = 132;
        return Proposal.of("PEER CULTURE 2027", List.of(new AccompanimentProposal(
                hard + "hard/" + medium + "medium/" + soft + "soft", hard, medium, soft, assignments, uncovered, loads,
                violations, constraints)),
                new SolveStatistics(Duration.ofMillis(30_012), 1_234_567, 41_136, 42, false, false));
    }

    static final String IMMERSION_REASON = "Both work in publishing & games: Bruno has 20 years, Léa 4.";
    static final String UNPLACED_MENTEE_REASON = "No mentor offering immersion works in games.";
    static final String GROUP_REASON = "Of its 3 pairs, 3 never met.";
    static final String WORKSHOP_REASON = "Business model is asked by 2 participants & 1 of them as essential.";
    static final String UNSERVED_REASON = "No workshop on pitch is held.";
    static final String UNPLACED_MEMBER_REASON = "Ana Costa (m10) has a conflict with every group.";

    /** The gaps proposal with an immersion day, a mentee left out, a co-development group and a member left out. */
    static Proposal proposalWithModes() {
        ImmersionProposal immersion = new ImmersionProposal("0hard/-1medium/40soft", 0, -1, 40,
                List.of(new ImmersionPairing("m02", "m11", LocalDate.of(2027, 3, 9), List.of("touring", "booking"),
                        LocalDate.of(2027, 3, 16), List.of(IMMERSION_REASON))),
                List.of(new UnplacedMentee("m03", List.of(UNPLACED_MENTEE_REASON))),
                modeConstraints(Mode.IMMERSION), List.of());
        CodevelopmentProposal codevelopment = new CodevelopmentProposal("0hard/-1medium/-7soft", 0, -1, -7,
                List.of(new CodevelopmentGroup(1, List.of("m01", "m02", "m03"),
                        List.of(new CodevelopmentSession(1, LocalDate.of(2027, 2, 10), "PM", List.of("m01")),
                                new CodevelopmentSession(2, LocalDate.of(2027, 3, 10), "AM", List.of("m02")),
                                new CodevelopmentSession(3, null, null, List.of("m03"))),
                        List.of(GROUP_REASON))),
                List.of(new UnplacedCodevelopmentMember("m10", List.of(UNPLACED_MEMBER_REASON))),
                modeConstraints(Mode.CODEVELOPMENT), List.of());
        WorkshopProposal workshops = new WorkshopProposal("0hard/0medium/-20soft", 0, 0, -20,
                List.of(new Workshop(1, "business-model", "m10", LocalDate.of(2027, 4, 6), "PM", null,
                        List.of("m01", "m03"), List.of(WORKSHOP_REASON))),
                List.of(new UnservedWorkshopNeed("m02", "pitch", 1, List.of(UNSERVED_REASON))),
                modeConstraints(Mode.WORKSHOP), List.of());
        return Proposal.of("PEER CULTURE 2027", List.of(proposal(List.of(), false).accompaniment(), immersion,
                codevelopment, workshops),
                new SolveStatistics(Duration.ofMillis(30_012), 1_234_567, 41_136, 42, false, false));
    }

    private static List<ConstraintScore> modeConstraints(Mode mode) {
        List<ConstraintScore> constraints = new ArrayList<>();
        for (ConstraintDefinition definition : ConstraintCatalog.all()) {
            if (definition.mode() == mode) {
                constraints.add(new ConstraintScore(definition.id(), definition.level(),
                        definition.defaultWeight(), 0));
            }
        }
        return constraints;
    }

    private static Member participant(String id, String name, String organization, List<String> sectors,
            List<Need> needs, List<String> preferences) {
        return new Member(id, name, organization, sectors, List.of(Mode.ACCOMPANIMENT), needs, List.of(), Map.of(),
                Availability.ALWAYS, List.of(), List.of(), preferences);
    }

    private static Member resource(String id, String name, String organization, List<String> sectors,
            List<Competence> competences, Offer offer) {
        return new Member(id, name, organization, sectors, List.of(), List.of(), competences,
                Map.of(Mode.ACCOMPANIMENT, offer), Availability.ALWAYS, List.of(), List.of(), List.of());
    }
}
