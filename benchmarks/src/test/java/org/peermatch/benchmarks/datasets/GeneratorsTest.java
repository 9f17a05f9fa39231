package org.peermatch.benchmarks.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.peermatch.core.affinity.AffinityProblem;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Programme;

class GeneratorsTest {

    @Test
    void sameSizeAndSeedGiveAnEqualProgramme() {
        for (long seed = 1; seed <= 3; seed++) {
            assertThat(ProgrammeGenerator.generate(Size.S, seed)).isEqualTo(ProgrammeGenerator.generate(Size.S, seed));
        }
        assertThat(ProgrammeGenerator.generate(Size.M, 7)).isEqualTo(ProgrammeGenerator.generate(Size.M, 7));
        assertThat(ProgrammeGenerator.generate(Size.S, 1)).isNotEqualTo(ProgrammeGenerator.generate(Size.S, 2));
    }

    @Test
    void sameSizeAndSeedGiveAnEqualAffinityProblem() {
        assertThat(AffinityGenerator.generate(Size.S, 4)).isEqualTo(AffinityGenerator.generate(Size.S, 4));
        assertThat(AffinityGenerator.generate(Size.M, 1)).isEqualTo(AffinityGenerator.generate(Size.M, 1));
        assertThat(AffinityGenerator.generate(Size.S, 1)).isNotEqualTo(AffinityGenerator.generate(Size.S, 2));
    }

    @Test
    void generatedProgrammesHaveTheAnnouncedShape() {
        Programme programme = ProgrammeGenerator.generate(Size.M, 3);
        List<Member> participants = programme.members().stream().filter(m -> m.requests(Mode.ACCOMPANIMENT))
                .toList();
        List<Member> resources = programme.members().stream().filter(m -> m.offer(Mode.ACCOMPANIMENT) != null)
                .toList();
        assertThat(participants).hasSize(300);
        assertThat(resources).hasSizeBetween(90, 130);
        // ids unique, every need on a distinct topic, nobody lists themselves
        Set<String> ids = new HashSet<>();
        for (Member member : programme.members()) {
            assertThat(ids.add(member.id())).isTrue();
            assertThat(member.needs().stream().map(Need::topic).distinct().count()).isEqualTo(member.needs().size());
            assertThat(member.conflicts()).doesNotContain(member.id());
            assertThat(member.preferences()).doesNotHaveDuplicates().doesNotContain(member.id());
        }
        for (Member participant : participants) {
            assertThat(participant.needs()).isNotEmpty();
        }
        // tight capacity: the hours offered stay below the hours needed
        int needed = participants.stream().flatMap(m -> m.needs().stream()).mapToInt(Need::hours).sum();
        int offered = resources.stream().mapToInt(m -> m.offer(Mode.ACCOMPANIMENT).hours()).sum();
        assertThat(offered).isLessThan(needed);
        // skewed topics: the most popular topic is needed far more often than the median one
        long first = participants.stream().flatMap(m -> m.needs().stream())
                .filter(n -> n.topic().equals("topic-00")).count();
        long tenth = participants.stream().flatMap(m -> m.needs().stream())
                .filter(n -> n.topic().equals("topic-19")).count();
        assertThat(first).isGreaterThan(3 * Math.max(1, tenth));
        // dense history: several earlier interactions per participant
        assertThat(programme.history().size()).isGreaterThan(participants.size() * 2);
        assertThat(programme.history()).allSatisfy(i -> assertThat(i.members()).doesNotHaveDuplicates());
    }

    @Test
    void affinityProblemsAreTight() {
        AffinityProblem problem = AffinityGenerator.generate(Size.M, 2);
        int maxLoads = problem.resources().stream().mapToInt(r -> r.maxLoad()).sum();
        assertThat(maxLoads).isEqualTo(problem.totalDemand());
        assertThat(problem.participants()).hasSize(300);
    }
}
