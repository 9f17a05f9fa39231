package org.peermatch.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.report.PointsToDecide.BrokenRules;
import org.peermatch.core.report.PointsToDecide.MembersWithoutGroup;
import org.peermatch.core.report.PointsToDecide.MenteesWithoutDay;
import org.peermatch.core.report.PointsToDecide.MinimumLevel;
import org.peermatch.core.report.PointsToDecide.ModeGap;
import org.peermatch.core.report.PointsToDecide.NearCapacity;
import org.peermatch.core.report.PointsToDecide.NeedCause;
import org.peermatch.core.report.PointsToDecide.Point;
import org.peermatch.core.report.PointsToDecide.RepeatedPairs;
import org.peermatch.core.report.PointsToDecide.SeatCause;
import org.peermatch.core.report.PointsToDecide.UncoveredTopic;
import org.peermatch.core.report.PointsToDecide.UnmatchedObjectives;
import org.peermatch.core.report.PointsToDecide.UnseatedTheme;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.text.Messages;

class PointsToDecideTest {

    private final Programme programme = ReportFixture.programme();

    @Test
    void ranksBrokenRulesFirstThenGapsByThemeThenQuality() {
        List<Point> points = new PointsToDecide(ReportFixture.proposal(), programme).points();

        assertThat(points).hasExactlyElementsOfTypes(BrokenRules.class, UncoveredTopic.class, RepeatedPairs.class,
                NearCapacity.class);
        UncoveredTopic pitch = (UncoveredTopic) points.get(1);
        assertThat(pitch.topic()).isEqualTo("pitch");
        assertThat(pitch.participants()).containsExactly("m02");
        assertThat(pitch.essential()).isEqualTo(1);
        assertThat(pitch.cause()).isEqualTo(NeedCause.ALL_BLOCKED);
        assertThat(pitch.candidates()).containsExactly("m10", "m11");
        RepeatedPairs repeated = (RepeatedPairs) points.get(2);
        assertThat(repeated.mode()).isEqualTo(Mode.ACCOMPANIMENT);
        assertThat(repeated.of()).isEqualTo(3);
        assertThat(repeated.pairs()).singleElement()
                .satisfies(pair -> assertThat(List.of(pair.first(), pair.second())).containsExactly("m03", "m11"));
        assertThat(((NearCapacity) points.get(3)).loads()).singleElement()
                .satisfies(load -> assertThat(load.resource()).isEqualTo("m11"));
    }

    @Test
    void groupsWorkshopSeatsByThemeWithTheirCauseAndFindsWeakMatches() {
        Proposal proposal = ReportFixture.proposalWithModes();
        PointsToDecide decide = new PointsToDecide(proposal, programme);

        assertThat(decide.unseatedThemes()).singleElement().satisfies(theme -> {
            assertThat(theme.topic()).isEqualTo("pitch");
            assertThat(theme.cause()).isEqualTo(SeatCause.NO_ANIMATOR);
            assertThat(theme.minimumLevel()).isEqualTo(programme.workshop().minimumLevel());
        });
        List<Point> points = decide.points();
        assertThat(points).hasAtLeastOneElementOfType(UnseatedTheme.class)
                .hasAtLeastOneElementOfType(MenteesWithoutDay.class)
                .hasAtLeastOneElementOfType(MembersWithoutGroup.class);
        assertThat(points).filteredOn(UnmatchedObjectives.class::isInstance).singleElement()
                .satisfies(point -> assertThat(((UnmatchedObjectives) point).pairings()).singleElement()
                        .satisfies(pairing -> assertThat(pairing.mentor()).isEqualTo("m11")));
        // The pitch need of m02 is covered at exactly the minimum level 3 there, and it is essential.
        assertThat(points).filteredOn(MinimumLevel.class::isInstance).singleElement()
                .satisfies(point -> assertThat(((MinimumLevel) point).assignments()).singleElement()
                        .satisfies(assignment -> assertThat(assignment.topic()).isEqualTo("pitch")));
    }

    @Test
    void modeGapsPutTheWorstFirst() {
        List<ModeGap> gaps = new PointsToDecide(ReportFixture.proposalWithModes(), programme).modeGaps();

        assertThat(gaps).extracting(ModeGap::mode)
                .containsExactly(Mode.IMMERSION, Mode.CODEVELOPMENT, Mode.WORKSHOP);
        assertThat(new PointsToDecide(ReportFixture.proposal(List.of(), false), programme).modeGaps()).isEmpty();
    }

    @Test
    void theReportWordsEveryPointInBothLanguages() {
        for (Messages messages : List.of(Messages.english(), Messages.french())) {
            String html = HtmlReport.toHtml(ReportFixture.proposalWithModes(), programme, null, messages);
            assertThat(html).contains("id=\"points-to-decide\"").contains("id=\"who-with-whom\"")
                    .contains("<html lang=\"" + messages.language() + "\">");
        }
        String french = HtmlReport.toHtml(ReportFixture.proposalWithModes(), programme, null, Messages.french());
        assertThat(french).contains("Points à décider").contains("Qui travaille avec qui")
                .contains("1 mentoré·e n’a pas de journée « Vis ma vie »")
                .contains("Aucun·e animateur·rice de niveau 4 sur ce thème.");
    }
}
