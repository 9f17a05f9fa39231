package org.peermatch.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.accompaniment.UncoveredNeed;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.solve.Proposal;

class HtmlReportTest {

    private final Programme programme = ReportFixture.programme();
    private final Proposal proposal = ReportFixture.proposal();
    private final String html = HtmlReport.toHtml(proposal, programme);

    @Test
    void escapesEveryInputText() {
        assertThat(html).contains("Léa &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Fils&quot;");
        assertThat(html).contains("Éditions L&#39;Arbre &amp; Cie");
        assertThat(html).contains("Both work in publishing &amp; games: level 5 &gt; minimum 3.");
        assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("& \"Fils\"");
        // The only script element is the report's own inline one.
        assertThat(count(html, "<script")).isEqualTo(1);
    }

    @Test
    void showsEveryParticipantAndEverySentence() {
        for (Member member : programme.members()) {
            assertThat(html).contains(Html.escape(member.name()));
        }
        for (Assignment assignment : proposal.accompaniment().assignments()) {
            for (String sentence : assignment.why().sentences()) {
                assertThat(html).contains(Html.escape(sentence));
            }
        }
    }

    @Test
    void keepsParticipantsInDocumentOrder() {
        int camille = html.indexOf("<h3 id=\"participant-1-name\">Camille Martin");
        int lea = html.indexOf("<h3 id=\"participant-2-name\">Léa");
        int hugo = html.indexOf("<h3 id=\"participant-3-name\">Hugo Bernard");
        assertThat(camille).isPositive();
        assertThat(lea).isGreaterThan(camille);
        assertThat(hugo).isGreaterThan(lea);
        // Léa's needs follow the document: pitch (uncovered) before funding.
        assertThat(html.indexOf(">Pitch</th>", lea)).isLessThan(html.indexOf(">Funding</th>", lea));
    }

    @Test
    void loadsNothingFromOutside() {
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script src")
                .doesNotContain("<link").doesNotContain("@import").doesNotContain("url(").doesNotContain("<img")
                .doesNotContain("<iframe");
        assertThat(html).contains("Content-Security-Policy");
    }

    @Test
    void isAnAccessibleDocument() {
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(html).contains("<meta charset=\"utf-8\">").contains("<title>PEER CULTURE 2027 · ");
        assertThat(html).contains("<th scope=\"col\">").contains("<th scope=\"row\">");
        assertThat(html).doesNotContain("<th>");
        for (String tag : List.of("html", "head", "body", "main", "section", "article", "table", "thead", "tbody",
                "tr", "ul", "li", "dl", "div", "p", "svg", "span", "td", "th", "label", "h1", "h2", "h3")) {
            assertThat(count(html, "<" + tag + "[ >]")).as("<%s> opened and closed", tag)
                    .isEqualTo(count(html, "</" + tag + ">"));
        }
        Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        Set<String> seen = new TreeSet<>();
        while (ids.find()) {
            assertThat(seen.add(ids.group(1))).as("id %s is unique", ids.group(1)).isTrue();
        }
        Matcher links = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        while (links.find()) {
            assertThat(seen).as("anchor #%s exists", links.group(1)).contains(links.group(1));
        }
    }

    @Test
    void showsTheUncoveredNeedWithItsCandidates() {
        UncoveredNeed need = proposal.accompaniment().uncovered().get(0);
        assertThat(html).contains("1 need could not be covered").doesNotContain("Every need is covered");
        assertThat(html).contains("Not covered").contains(Html.escape(need.summary()));
        assertThat(html).contains("Ana Costa has no competence on pitch.")
                .contains("Bruno Lefèvre covers pitch at level 2/5 only, and has no hours left.")
                .contains(">Competence too low</span>").contains(">Resource hours exceeded</span>");
        // The who-with-whom table links the gap to its row, where the rules that block each candidate are.
        assertThat(html).contains("<tr class=\"gap\" id=\"participant-2-gap-pitch\">")
                .contains("<a href=\"#participant-2-gap-pitch\">pitch</a>").doesNotContain("peer-match why");
        assertThat(html).contains("class=\"participant has-gap\" id=\"participant-2\"");
        assertThat(html).contains("<a href=\"#participant-2\">Léa &lt;script&gt;");
    }

    @Test
    void aCandidateNoRuleForbidsGetsTheWhyCommand() {
        String tradeOff = HtmlReport.toHtml(ReportFixture.proposal(List.of(), true, true), programme);
        assertThat(tradeOff).contains("Ana Costa covers pitch at level 4/5, but her hours go to Camille Martin.")
                .contains("No rule forbids this pair.")
                .contains("<code>peer-match why PROGRAMME --proposal PROPOSAL.json --participant m02 --resource m10 "
                        + "--topic pitch</code>")
                .doesNotContain("--resource m11 --topic pitch");
    }

    @Test
    void showsTheBrokenRuleProminently() {
        assertThat(html).contains("Some rules could not be met").contains("status-infeasible");
        int brokenRules = html.indexOf("id=\"broken-rules\"");
        assertThat(brokenRules).isPositive().isLessThan(html.indexOf("id=\"participants\""));
        assertThat(html.indexOf(ReportFixture.VIOLATION_MESSAGE)).isGreaterThan(brokenRules);
        assertThat(html).contains(">Resource hours exceeded</th>");
    }

    @Test
    void statusHeadlinesSpeakTheCommitteesLanguage() {
        String gaps = HtmlReport.toHtml(ReportFixture.proposal(List.of(), true), programme);
        String complete = HtmlReport.toHtml(ReportFixture.proposal(List.of(), false), programme);

        assertThat(gaps).contains("1 need could not be covered").contains("status-gaps")
                .doesNotContain("id=\"broken-rules\"");
        assertThat(complete).contains("Every need is covered and every rule is met").contains("status-complete")
                .doesNotContain("Not covered").doesNotContain("id=\"broken-rules\"");
    }

    @Test
    void showsKeyNumbersLoadsAndScoreDetails() {
        assertThat(html).contains("<dt>Participants</dt><dd>3</dd>")
                .contains("<dt>Resource persons</dt><dd>2</dd>")
                .contains("<dt>Needs covered</dt><dd>4 <span>of 5</span></dd>")
                .contains("<dt>Hours planned</dt><dd>19 <span>of 23 asked</span></dd>");
        assertThat(html).contains("10 / 12 h · 83 %").contains("9 / 8 h · 113 % (over)").contains("2 / 2");
        assertThat(html).contains("Pinned by the committee");
        assertThat(html).contains("<code>same-sector</code>").contains(">+120</td>").contains(">-38</td>");
        assertThat(html).contains("<dd>30.0 s</dd>").contains("<dd>1,234,567</dd>").contains("<dd>41,136</dd>")
                .contains("<dt>Random seed</dt><dd>42</dd>");
        assertThat(html).contains("11 January 2027 to 17 December 2027");
    }

    @Test
    void sameProposalGivesTheSameBytesAndLeavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        HtmlReport.write(ReportFixture.proposal(), ReportFixture.programme(), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(html);
        assertThat(closed[0]).isFalse();
        assertThat(html).doesNotContain("\r").doesNotContain("{{");
    }

    @Test
    void rendersTheSampleForALook() throws IOException {
        // A sample for people to open; target/ is the build's own folder.
        Path sample = Path.of("target", "report-sample.html");
        Files.createDirectories(sample.getParent());
        Files.writeString(sample, html, StandardCharsets.UTF_8);
        assertThat(sample).exists();
        Path french = Path.of("target", "report-sample-fr.html");
        Files.writeString(french, HtmlReport.toHtml(ReportFixture.proposalWithModes(), programme, null,
                org.peermatch.core.text.Messages.french()), StandardCharsets.UTF_8);
        assertThat(french).exists();
    }

    @Test
    void showsImmersionDaysAndCoDevelopmentGroupsWithTheirReasons() {
        String withModes = HtmlReport.toHtml(ReportFixture.proposalWithModes(), programme);

        assertThat(withModes).contains("<a href=\"#immersion\">Immersion days</a>")
                .contains("<a href=\"#codevelopment\">Co-development groups</a>")
                .contains("<dt>Immersion days</dt><dd>1 <span>of 2 mentees</span></dd>")
                .contains("<dt>Co-development groups</dt><dd>1 <span>for 4 members</span></dd>");
        int immersion = withModes.indexOf("id=\"immersion\"");
        int codevelopment = withModes.indexOf("id=\"codevelopment\"");
        assertThat(immersion).isPositive().isLessThan(codevelopment);
        String days = withModes.substring(immersion, codevelopment);
        assertThat(days).contains("Léa &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Fils&quot;")
                .contains("Bruno Lefèvre").contains("9 March 2027").contains("report due 16 March 2027")
                .contains("<li>Touring</li>").contains(Html.escape(ReportFixture.IMMERSION_REASON))
                .contains("Mentees without an immersion day").contains("Hugo Bernard")
                .contains(Html.escape(ReportFixture.UNPLACED_MENTEE_REASON)).doesNotContain("<script>");
        String groups = withModes.substring(codevelopment, withModes.indexOf("id=\"workshops\""));
        assertThat(groups).contains("Group 1 · 3 members").contains(ReportFixture.GROUP_REASON)
                .contains("10 February 2027 · PM (14:00–17:30)").contains("10 March 2027 · AM (09:00–12:30)")
                .contains("not dated").contains("Members in no group")
                .contains(Html.escape(ReportFixture.UNPLACED_MEMBER_REASON));
        int workshops = withModes.indexOf("id=\"workshops\"");
        assertThat(workshops).isGreaterThan(codevelopment);
        assertThat(withModes.substring(workshops)).contains("1. Business model").contains("6 April 2027 · PM")
                .contains("Ana Costa").contains("2 participants").contains("Camille Martin, Hugo Bernard")
                .contains(Html.escape(ReportFixture.WORKSHOP_REASON)).contains("Needs without a workshop seat")
                .contains(ReportFixture.UNSERVED_REASON);
        assertThat(withModes).contains("<dt>Workshops</dt><dd>1 <span>with 2 seats</span></dd>");
        assertThat(withModes).contains("1 mentee has no immersion day</h2>")
                .contains("Also: 1 member is in no co-development group and 1 essential workshop need has no seat.")
                .contains("status-gaps").contains("The points to decide below say what would close each gap.");
    }

    @Test
    void leavesOutTheModesNobodyAskedFor() {
        assertThat(html).doesNotContain("id=\"immersion\"").doesNotContain("id=\"codevelopment\"")
                .doesNotContain(">Immersion days<");
    }

    @Test
    void templateFillsOnePassOnly() {
        assertThat(Template.fill("<p>{{a}}|{{b}}</p>", Map.of("a", "{{b}}", "b", "x"))).isEqualTo("<p>{{b}}|x</p>");
        assertThatThrownBy(() -> Template.fill("{{missing}}", Map.of()))
                .hasMessageContaining("(missing)").hasMessageContaining("\nMaybe");
    }

    @Test
    void escapeHandlesEveryReservedCharacter() {
        assertThat(Html.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
        assertThat(Html.escape("plain")).isEqualTo("plain");
        assertThat(Html.escape(null)).isEmpty();
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
