package org.peermatch.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.peermatch.core.decisions.ChangeKind;
import org.peermatch.core.decisions.ChangedPair;
import org.peermatch.core.decisions.Changes;
import org.peermatch.core.model.Programme;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.text.Messages;

/**
 * The report's "Changes" section of a re-plan: the changes summary, then each pair dropped, added, and kept with
 * other needs, with why, in the committee's words. It goes before the participants' section of the report
 * {@link HtmlReport} writes (at the end of the main part when there is none), so the report itself is unchanged.
 */
public final class ChangesSection {

    private static final String BEFORE = "<section id=\"participants\"";

    private ChangesSection() {
    }

    /**
     * Writes the report with the changes section, UTF-8, to the stream; flushed, not closed.
     *
     * @param proposal the re-planned proposal
     * @param programme the programme it was solved from
     * @param changes the changes from the published proposal, or null for the report alone
     * @param messages the language of the changes
     * @param out where to write
     * @throws IOException when writing fails
     */
    public static void write(Proposal proposal, Programme programme, Changes changes, Messages messages,
            OutputStream out) throws IOException {
        out.write(toHtml(proposal, programme, changes, messages).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** @return the whole report with the changes section (the report alone when {@code changes} is null) */
    public static String toHtml(Proposal proposal, Programme programme, Changes changes, Messages messages) {
        String report = HtmlReport.toHtml(proposal, programme);
        if (changes == null) {
            return report;
        }
        String section = section(changes, messages);
        int at = report.indexOf(BEFORE);
        if (at < 0) {
            at = report.indexOf("</main>");
        }
        return at < 0 ? report : report.substring(0, at) + section + report.substring(at);
    }

    /** @return the section alone */
    static String section(Changes changes, Messages messages) {
        Html html = new Html();
        html.open("section", "id", "changes", "aria-labelledby", "changes-title").nl();
        html.element("h2", messages.get("decisions.report.title"), "id", "changes-title").nl();
        html.element("p", changes.lines(messages).get(0)).nl();
        html.open("ul", "class", "changes").nl();
        for (ChangedPair pair : changes.pairs()) {
            if (pair.kind() != ChangeKind.KEPT || !pair.reason().isEmpty()) {
                html.element("li", pair.line(messages), "class", "change-" + pair.kind().jsonName()).nl();
            }
        }
        html.close("ul").nl();
        html.close("section").nl();
        return html.toString();
    }
}
