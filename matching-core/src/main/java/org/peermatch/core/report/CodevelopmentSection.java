package org.peermatch.core.report;

import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.codevelopment.CodevelopmentGroup;
import org.peermatch.core.codevelopment.CodevelopmentProposal;
import org.peermatch.core.codevelopment.CodevelopmentSession;
import org.peermatch.core.codevelopment.UnplacedCodevelopmentMember;

/** The report's co-development section: the groups, their sessions and clients, and who is in no group. */
final class CodevelopmentSection extends ReportSection {

    CodevelopmentSection(ReportPage page) {
        super(page);
    }

    void write() {
        CodevelopmentProposal codevelopment = proposal.codevelopment();
        if (codevelopment == null) {
            return;
        }
        html.open("section", "id", "codevelopment", "aria-labelledby", "codevelopment-title").nl();
        html.element("h2", page.t("report.toc.codevelopment"), "id", "codevelopment-title").nl();
        html.element("p", page.t(programme.codevelopment().clientsPerSession() == 1 ? "report.codevelopment.intro"
                : "report.codevelopment.intro.two", programme.codevelopment().minSize(),
                programme.codevelopment().maxSize()), "class", "muted").nl();
        for (CodevelopmentGroup group : codevelopment.groups()) {
            String title = page.t("report.codevelopment.group", group.number(), group.members().size());
            html.open("article", "class", "group", "id", "group-" + group.number(), "aria-label", title).nl();
            html.element("h3", title).nl();
            html.open("ul", "class", "members").nl();
            for (String member : group.members()) {
                html.open("li").text(people.displayName(member));
                String organization = people.organization(member);
                if (!organization.isEmpty()) {
                    html.element("span", " · " + organization, "class", "org");
                }
                html.close("li").nl();
            }
            html.close("ul").nl();
            page.reasons(group.reasons());
            if (!group.sessions().isEmpty()) {
                html.open("table", "class", "sessions").nl();
                html.element("caption", page.t("report.codevelopment.caption", group.number()),
                        "class", "visually-hidden").nl();
                html.open("thead").open("tr")
                        .element("th", page.t("report.codevelopment.session"), "scope", "col")
                        .element("th", page.t("report.codevelopment.date"), "scope", "col")
                        .element("th", page.t("report.codevelopment.client"), "scope", "col")
                        .close("tr").close("thead").nl();
                html.open("tbody").nl();
                for (CodevelopmentSession session : group.sessions()) {
                    List<String> clients = new ArrayList<>();
                    for (String client : session.clients()) {
                        clients.add(people.displayName(client));
                    }
                    html.open("tr")
                            .element("th", Integer.toString(session.number()), "scope", "row")
                            .element("td", session.date() == null ? page.t("report.who.undated")
                                    : page.date(session.date()) + " · " + page.halfDayName(session.halfDay()))
                            .element("td", messages.and(clients))
                            .close("tr").nl();
                }
                html.close("tbody").close("table").nl();
            }
            html.close("article").nl();
        }
        if (!codevelopment.unplaced().isEmpty()) {
            html.element("h3", page.t("report.codevelopment.unplaced")).nl();
            html.open("ul", "class", "unplaced").nl();
            for (UnplacedCodevelopmentMember member : codevelopment.unplaced()) {
                html.open("li").element("strong", people.displayName(member.member()));
                page.reasons(member.reasons());
                html.close("li").nl();
            }
            html.close("ul").nl();
        }
        html.close("section").nl();
    }

    // ---- Workshops ----------------------------------------------------------------------------------------------
}
