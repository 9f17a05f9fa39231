package org.peermatch.core.orientation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.model.Application;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.OrientationDecision;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.text.Messages;

/**
 * An independent re-check of every hard rule of an orientation, in plain Java from the programme (not from the
 * solver's score): every mode given is among the applicant's wishes and not forbidden by the committee, every
 * pinned mode is given, no mode is given beyond its capacity (after the members whose modes are decided) or beyond
 * the committee's participants per mode, and no more applicants are admitted than the committee allows. Loads and
 * whole capacities are {@link OrientationScoring}'s pure functions; the sums are the certifier's own.
 *
 * <p>O(A × M + members × N) for A applicants given M modes.
 */
public final class OrientationCertifier {

    private final Programme programme;
    private final OrientationScoring scoring;
    private final Messages text;

    /**
     * @param programme the programme, with its applications
     * @param text the language of the violations
     */
    public OrientationCertifier(Programme programme, Messages text) {
        this.programme = programme;
        this.scoring = new OrientationScoring(programme);
        this.text = text;
    }

    /**
     * @param given the modes given to each admitted applicant, by member id
     * @return the hard rules broken, in the order of the constraint table; empty when sound
     */
    public List<Violation> violations(Map<String, List<Mode>> given) {
        List<Violation> violations = new ArrayList<>();
        Map<Mode, Long> units = new LinkedHashMap<>();
        Map<Mode, Integer> participants = new LinkedHashMap<>();
        for (Member member : programme.members()) {
            for (Mode mode : member.requests()) {
                units.merge(mode, (long) scoring.load(member.needs(), mode), Long::sum);
                participants.merge(mode, 1, Integer::sum);
            }
        }
        int admitted = 0;
        for (Map.Entry<String, List<Mode>> entry : given.entrySet()) {
            Member member = programme.member(entry.getKey());
            Application application = programme.applications().of(entry.getKey());
            String label = member == null ? entry.getKey() : OrientationScoring.label(member);
            if (entry.getValue().isEmpty()) {
                continue;
            }
            admitted++;
            for (Mode mode : entry.getValue()) {
                if (application == null || !application.wishes().contains(mode)) {
                    violations.add(new Violation(OrientationConstraint.ORIENTATION_NOT_WISHED.id(),
                            text.get("orientation.violation.notWished", label, OrientationWords.mode(text, mode))));
                }
                if (decided(entry.getKey(), mode, false)) {
                    violations.add(new Violation(OrientationConstraint.ORIENTATION_FORBIDDEN.id(),
                            text.get("orientation.violation.forbidden", label, OrientationWords.mode(text, mode))));
                }
                units.merge(mode, member == null ? 0L : scoring.load(member.needs(), mode), Long::sum);
                participants.merge(mode, 1, Integer::sum);
            }
        }
        for (OrientationDecision decision : programme.applications().decisions()) {
            List<Mode> modes = given.getOrDefault(decision.member(), List.of());
            if (decision.pinned() && !modes.contains(decision.mode())) {
                Member member = programme.member(decision.member());
                violations.add(new Violation(OrientationConstraint.ORIENTATION_PIN_MISSING.id(),
                        text.get("orientation.violation.pinMissing", member == null ? decision.member()
                                : OrientationScoring.label(member), OrientationWords.mode(text, decision.mode()))));
            }
        }
        for (Mode mode : OrientationScoring.MODES) {
            long total = scoring.totalCapacity(mode);
            long used = units.getOrDefault(mode, 0L);
            boolean applicantsGetIt = given.values().stream().anyMatch(modes -> modes.contains(mode));
            if (applicantsGetIt && total < ModeCapacity.UNBOUNDED && used > total) {
                violations.add(new Violation(OrientationConstraint.MODE_CAPACITY_EXCEEDED.id(),
                        text.get("orientation.violation.capacity", OrientationWords.mode(text, mode),
                                OrientationWords.units(text, mode, used), OrientationWords.units(text, mode, total))));
            }
            Integer max = programme.applications().rules().maxPerMode().get(mode);
            int count = participants.getOrDefault(mode, 0);
            if (applicantsGetIt && max != null && count > max) {
                violations.add(new Violation(OrientationConstraint.MODE_PARTICIPANTS_EXCEEDED.id(),
                        text.get("orientation.violation.participants", OrientationWords.mode(text, mode), count,
                                max)));
            }
        }
        int max = programme.applications().rules().maxBeneficiaries();
        if (max > 0 && admitted > max) {
            violations.add(new Violation(OrientationConstraint.BENEFICIARIES_EXCEEDED.id(),
                    text.get("orientation.violation.beneficiaries", admitted, max)));
        }
        return violations;
    }

    private boolean decided(String member, Mode mode, boolean pinned) {
        for (OrientationDecision decision : programme.applications().decisions()) {
            if (decision.member().equals(member) && decision.mode() == mode && decision.pinned() == pinned) {
                return true;
            }
        }
        return false;
    }
}
