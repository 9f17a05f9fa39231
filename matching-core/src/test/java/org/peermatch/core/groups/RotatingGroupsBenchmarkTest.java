package org.peermatch.core.groups;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link RotatingGroupsBenchmark} through Maven (so on the JDK 21+ toolchain), only when asked:
 * {@code mvn -pl matching-core test -Dtest=RotatingGroupsBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpeermatch.benchmark="60 3 8-4-10 8-4-9"} (seconds per run, seeds, instances). Measures, never asserts.
 */
@Tag("slow")
class RotatingGroupsBenchmarkTest {

    @Test
    @EnabledIfSystemProperty(named = "peermatch.benchmark", matches = ".+")
    void measure() {
        RotatingGroupsBenchmark.main(System.getProperty("peermatch.benchmark").trim().split("\\s+"));
    }
}
