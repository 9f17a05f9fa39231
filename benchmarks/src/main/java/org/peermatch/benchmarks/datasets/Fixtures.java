package org.peermatch.benchmarks.datasets;

import java.nio.file.Files;
import java.nio.file.Path;

import org.peermatch.core.affinity.AffinityCsv;
import org.peermatch.core.affinity.AffinityCsvSources;
import org.peermatch.core.affinity.AffinityInputException;
import org.peermatch.core.affinity.AffinityProblem;

/**
 * External fixtures kept outside the repository (their sources carry no licence): found by walking up the parent
 * folders of the working folder, skipped when absent.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** @return the MIDL 2018 fixture's folder ({@code shared/datasets/midl18}), or null when it is not found */
    public static Path midl18() {
        return find(Path.of("").toAbsolutePath(), "shared/datasets/midl18", "scores.csv");
    }

    /** @return the first {@code relative} folder holding {@code file} in {@code from} or a parent, or null */
    static Path find(Path from, String relative, String file) {
        Path current = from;
        while (current != null) {
            Path candidate = current.resolve(relative);
            if (Files.isRegularFile(candidate.resolve(file))) {
                return candidate;
            }
            current = current.getParent();
        }
        return null;
    }

    /** @return the MIDL 2018 problem: papers as participants (demand 3), reviewers as resources (0–4) */
    public static AffinityProblem loadMidl18(Path folder) throws AffinityInputException {
        return AffinityCsv.read(new AffinityCsvSources(folder.resolve("scores.csv"), folder.resolve("demand.csv"),
                null, folder.resolve("loads.csv"), null, null, null));
    }
}
