package org.peermatch.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The committee's rules for orienting applicants towards modes and choosing who is admitted.
 *
 * @param maxBeneficiaries the most applicants admitted (given at least one mode) in all, 0 for no limit; members whose
 *        modes are already decided do not count
 * @param maxPerMode per mode, the most participants it takes (applicants admitted to it plus members who already
 *        request it); a mode absent has no such limit
 * @param fit the committee's fit table, topic → mode → 0 (unsuited) .. 3 (best suited), overriding the defaults
 *        topic by topic and mode by mode
 * @param firstTimeApplicants whether first-time applicants form a priority group
 * @param smallStructureStaff structures with at most this many people form a priority group; 0 for no such group
 * @param territories applicants working in one of these territories form a priority group
 */
public record OrientationRules(int maxBeneficiaries, Map<Mode, Integer> maxPerMode,
        Map<String, Map<Mode, Integer>> fit, boolean firstTimeApplicants, int smallStructureStaff,
        List<String> territories) {

    /** The defaults: no limit but the modes' capacities, the default fit table, no priority group. */
    public static final OrientationRules DEFAULT =
            new OrientationRules(0, Map.of(), Map.of(), false, 0, List.of());

    public OrientationRules {
        maxPerMode = Collections.unmodifiableMap(new LinkedHashMap<>(maxPerMode));
        Map<String, Map<Mode, Integer>> copy = new LinkedHashMap<>();
        fit.forEach((topic, modes) -> copy.put(topic, Collections.unmodifiableMap(new LinkedHashMap<>(modes))));
        fit = Collections.unmodifiableMap(copy);
        territories = List.copyOf(territories);
    }
}
