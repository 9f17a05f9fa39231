package org.peermatch.core.solve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peermatch.core.testing.Programmes;

class PeerMatchSmokeTest {

    @Test
    void solvesGeneratedProgramme() {
        Proposal proposal = PeerMatch.solve(Programmes.generate(1, 30, 12, 20));
        System.out.println(proposal.score() + " " + proposal.statistics());
        proposal.constraints().forEach(System.out::println);
        proposal.violations().forEach(System.out::println);
        proposal.uncovered().forEach(u -> System.out.println(u.participant() + " " + u.topic() + " " + u.summary()));
        assertThat(proposal.assignments()).isNotEmpty();
    }
}
