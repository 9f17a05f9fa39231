package org.peermatch.core.affinity;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the MIDL 2018 fixture, kept outside the repository (see its README), by walking up from the working folder
 * looking for {@code shared/datasets/midl18}.
 */
final class Midl18 {

    private Midl18() {
    }

    /** @return the fixture's folder, or null when it is not there */
    static Path folder() {
        Path current = Path.of("").toAbsolutePath();
        while (current != null) {
            Path candidate = current.resolve("shared/datasets/midl18");
            if (Files.isRegularFile(candidate.resolve("scores.csv"))) {
                return candidate;
            }
            current = current.getParent();
        }
        return null;
    }

    static AffinityProblem load(Path folder) throws AffinityInputException {
        return AffinityCsv.read(new AffinityCsvSources(folder.resolve("scores.csv"), folder.resolve("demand.csv"),
                null, folder.resolve("loads.csv"), null, null, null));
    }
}
