package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.solve.PeerMatch;

class SolverOptionsTest {

    private static final SolverSettings PROGRAMME = new SolverSettings(Duration.ofSeconds(30), Duration.ofSeconds(10),
            null, 42L);

    @Test
    void withoutOptionsKeepsTheProgrammeSettings() {
        assertThat(new SolverOptions().apply(PROGRAMME)).isEqualTo(PROGRAMME);
    }

    @Test
    void timeLimitAndSeedOverrideTheProgramme() {
        SolverOptions options = new SolverOptions();
        options.timeLimit = Duration.ofMinutes(2);
        options.seed = 7L;

        assertThat(options.apply(PROGRAMME))
                .isEqualTo(new SolverSettings(Duration.ofMinutes(2), Duration.ofSeconds(10), null, 7L));
    }

    @Test
    void moveLimitAloneDropsTheTimeLimitsSoThatTheRunIsReproducible() {
        SolverOptions options = new SolverOptions();
        options.moveLimit = 5_000L;

        SolverSettings settings = options.apply(PROGRAMME);

        assertThat(settings).isEqualTo(new SolverSettings(null, null, 5_000L, 42L));
        assertThat(PeerMatch.isReproducible(settings)).isTrue();
    }

    @Test
    void moveLimitWithTimeLimitKeepsBoth() {
        SolverOptions options = new SolverOptions();
        options.moveLimit = 5_000L;
        options.timeLimit = Duration.ofSeconds(5);

        SolverSettings settings = options.apply(PROGRAMME);

        assertThat(settings).isEqualTo(new SolverSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 5_000L, 42L));
        assertThat(PeerMatch.isReproducible(settings)).isFalse();
    }
}
