package org.peermatch.core.report;

import org.peermatch.core.model.Programme;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.text.Messages;

/** A section of the HTML report: it writes on the shared page, from the proposal and the programme. */
abstract class ReportSection {

    final ReportPage page;
    final Html html;
    final People people;
    final Programme programme;
    final Proposal proposal;
    final Messages messages;

    ReportSection(ReportPage page) {
        this.page = page;
        this.html = page.html;
        this.people = page.people;
        this.programme = page.programme;
        this.proposal = page.proposal;
        this.messages = page.messages;
    }
}
