package org.peermatch.core.report;

import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.accompaniment.ResourceLoad;
import org.peermatch.core.immersion.ImmersionPairing;
import org.peermatch.core.model.Mode;
import org.peermatch.core.report.PointsToDecide.BrokenRules;
import org.peermatch.core.report.PointsToDecide.CostlyPin;
import org.peermatch.core.report.PointsToDecide.MembersWithoutGroup;
import org.peermatch.core.report.PointsToDecide.MenteesWithoutDay;
import org.peermatch.core.report.PointsToDecide.MinimumLevel;
import org.peermatch.core.report.PointsToDecide.MinorThemes;
import org.peermatch.core.report.PointsToDecide.NearCapacity;
import org.peermatch.core.report.PointsToDecide.Pair;
import org.peermatch.core.report.PointsToDecide.Point;
import org.peermatch.core.report.PointsToDecide.RepeatedPairs;
import org.peermatch.core.report.PointsToDecide.UncoveredTopic;
import org.peermatch.core.report.PointsToDecide.UndatedSessions;
import org.peermatch.core.report.PointsToDecide.UnmatchedObjectives;
import org.peermatch.core.report.PointsToDecide.UnseatedTheme;
import org.peermatch.core.report.PointsToDecide.WorkshopsNotHeld;

/**
 * The report's "points to decide": the {@link PointsToDecide} of the proposal, most pressing first, each worded as
 * what is at stake, who it concerns and the change to the programme document that acts on it.
 */
final class PointsSection extends ReportSection {

    private final List<Point> points;

    PointsSection(ReportPage page, List<Point> points) {
        super(page);
        this.points = points;
    }

    void write() {
        html.open("section", "id", "points-to-decide", "class", "brief", "aria-labelledby", "points-title").nl();
        html.element("h2", t("report.points.title"), "id", "points-title").nl();
        if (points.isEmpty()) {
            html.element("p", t("report.points.none"), "class", "muted").nl();
            html.close("section").nl();
            return;
        }
        html.element("p", t("report.points.intro"), "class", "muted").nl();
        html.open("ol", "class", "points").nl();
        for (Point point : points) {
            point(point);
        }
        html.close("ol").nl();
        html.close("section").nl();
    }

    private String t(String key, Object... arguments) {
        return page.t(key, arguments);
    }

    private void point(Point point) {
        switch (point) {
            case BrokenRules broken -> item("bad", t("report.points.broken", broken.count()), null,
                    t("report.points.broken.act"));
            case UncoveredTopic topic -> item("gap",
                    page.capitalized(t(topic.essential() > 0 ? "report.points.uncovered.essential"
                            : "report.points.uncovered", page.topic(topic.topic()), topic.participants().size(),
                            topic.essential())),
                    switch (topic.cause()) {
                        case NO_RESOURCE_PERSON -> t("report.points.uncovered.none", topic.minimumLevel());
                        case ALL_BLOCKED -> t("report.points.uncovered.blocked", page.names(topic.candidates()));
                        case TRADE_OFF -> t("report.points.uncovered.tradeoff", page.names(topic.candidates()));
                    } + " " + t("report.points.concerns", page.names(topic.participants())),
                    switch (topic.cause()) {
                        case NO_RESOURCE_PERSON -> t("report.points.uncovered.none.act", topic.minimumLevel());
                        case ALL_BLOCKED -> t("report.points.uncovered.blocked.act");
                        case TRADE_OFF -> t("report.points.uncovered.tradeoff.act");
                    });
            case UnseatedTheme theme -> item("gap",
                    page.capitalized(t("report.points.seats", page.topic(theme.topic()), theme.participants().size(),
                            theme.essential())),
                    switch (theme.cause()) {
                        case NO_ANIMATOR -> t("report.points.seats.noAnimator", theme.minimumLevel());
                        case NOT_CHOSEN -> t("report.points.seats.notChosen");
                        case NO_SEAT -> t("report.points.seats.noSeat");
                    } + " " + t("report.points.concerns", page.names(theme.participants())),
                    switch (theme.cause()) {
                        case NO_ANIMATOR -> t("report.points.seats.noAnimator.act", theme.minimumLevel());
                        case NOT_CHOSEN -> t("report.points.seats.notChosen.act");
                        case NO_SEAT -> t("report.points.seats.noSeat.act");
                    });
            case MinorThemes minor -> {
                List<String> themes = new ArrayList<>();
                for (UnseatedTheme theme : minor.themes()) {
                    themes.add(t("report.points.minor.theme", page.topic(theme.topic()), theme.participants().size()));
                }
                item("minor", t("report.points.minor", minor.needs(), minor.themes().size()),
                        messages.and(themes) + ".", t("report.points.minor.act"));
            }
            case WorkshopsNotHeld notHeld -> item("gap", t("report.points.notHeld", notHeld.count()), null,
                    t("report.points.notHeld.act"));
            case MenteesWithoutDay mentees -> item("gap", t("report.points.mentees", mentees.mentees().size()),
                    t("report.points.concerns", page.names(mentees.mentees())), t("report.points.mentees.act"));
            case MembersWithoutGroup members -> item("gap", t("report.points.members", members.members().size()),
                    t("report.points.concerns", page.names(members.members())), t("report.points.members.act"));
            case UndatedSessions undated -> item("gap", t("report.points.undated", undated.count()), null,
                    t("report.points.undated.act"));
            case CostlyPin pin -> item("pin",
                    t("report.points.pin", people.displayName(pin.participant()), people.displayName(pin.resource()),
                            page.topic(pin.topic()), pin.hours(), pin.blocked().size()),
                    t("report.points.concerns", page.names(pin.blocked())), t("report.points.pin.act"));
            case RepeatedPairs repeated -> {
                List<String> pairs = new ArrayList<>();
                for (Pair pair : repeated.pairs()) {
                    pairs.add(pair.topics().isEmpty()
                            ? t("report.points.pair.immersion", people.displayName(pair.first()),
                                    people.displayName(pair.second()), pair.times())
                            : t("report.points.pair", people.displayName(pair.first()),
                                    people.displayName(pair.second()),
                                    messages.and(pair.topics().stream().map(page::topic).toList()), pair.times()));
                }
                boolean immersion = repeated.mode() == Mode.IMMERSION;
                item("quality", t(immersion ? "report.points.repeated.immersion" : "report.points.repeated",
                        repeated.pairs().size(), repeated.of()), messages.semicolons(pairs) + ".",
                        t(immersion ? "report.points.repeated.immersion.act" : "report.points.repeated.act"));
            }
            case UnmatchedObjectives unmatched -> {
                List<String> pairs = new ArrayList<>();
                for (ImmersionPairing pairing : unmatched.pairings()) {
                    pairs.add(t("report.points.objectives.pair", people.displayName(pairing.mentee()),
                            people.displayName(pairing.mentor()),
                            messages.and(pairing.objectives().stream().map(page::topic).toList())));
                }
                item("quality", t("report.points.objectives", unmatched.pairings().size()),
                        messages.semicolons(pairs) + ".", t("report.points.objectives.act"));
            }
            case MinimumLevel minimum -> {
                List<String> pairs = new ArrayList<>();
                for (Assignment assignment : minimum.assignments()) {
                    pairs.add(t("report.points.minimum.pair", people.displayName(assignment.participant()),
                            people.displayName(assignment.resource()), page.topic(assignment.topic())));
                }
                item("quality", t("report.points.minimum", minimum.assignments().size(), minimum.minimumLevel()),
                        messages.semicolons(pairs) + ".", t("report.points.minimum.act"));
            }
            case NearCapacity near -> {
                List<String> loads = new ArrayList<>();
                for (ResourceLoad load : near.loads()) {
                    loads.add(t("report.points.load", people.displayName(load.resource()), load.hours(),
                            load.hoursCapacity(), Format.percent(load.hours(), load.hoursCapacity())));
                }
                item("load", t("report.points.loads", near.loads().size(), PointsToDecide.NEAR_CAPACITY_PERCENT),
                        messages.semicolons(loads) + ".", t("report.points.loads.act"));
            }
        }
    }

    private void item(String kind, String title, String detail, String act) {
        html.open("li", "class", "point point-" + kind).nl();
        html.element("p", title, "class", "point-title").nl();
        if (detail != null) {
            html.element("p", detail, "class", "point-detail").nl();
        }
        html.open("p", "class", "point-act").element("span", t("report.points.decide"), "class", "act-label")
                .text(" " + act).close("p").nl();
        html.close("li").nl();
    }
}
