package org.peermatch.core.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.peermatch.core.model.Interaction;

/**
 * Who worked with whom before: for each unordered pair of member ids, the dates of their earlier interactions,
 * oldest first. Built once in O(Σ k²) for interactions of k members.
 */
public final class InteractionHistory {

    private final Map<String, List<LocalDate>> datesByPair = new HashMap<>();

    /** Indexes the interactions. */
    public InteractionHistory(List<Interaction> interactions) {
        for (Interaction interaction : interactions) {
            // A member listed twice in one interaction still met each other member once.
            List<String> members = List.copyOf(new LinkedHashSet<>(interaction.members()));
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    datesByPair.computeIfAbsent(key(members.get(i), members.get(j)), k -> new ArrayList<>())
                            .add(interaction.date());
                }
            }
        }
        datesByPair.values().forEach(dates -> dates.sort(null));
    }

    /** @return the dates the two members worked together, oldest first; empty when never */
    public List<LocalDate> datesOf(String first, String second) {
        return datesByPair.getOrDefault(key(first, second), List.of());
    }

    private static String key(String first, String second) {
        return first.compareTo(second) < 0 ? first + '\u0000' + second : second + '\u0000' + first;
    }
}
