/**
 * Every file a solve writes, from a {@link org.peermatch.core.solve.Proposal} and the
 * {@link org.peermatch.core.model.Programme} it was solved from:
 * <ul>
 * <li>{@link org.peermatch.core.report.ProposalJson}: the proposal JSON for tools and for comparing runs
 * (deterministic, documented shape);</li>
 * <li>{@link org.peermatch.core.report.HtmlReport}: one self-contained HTML page for the steering committee, in
 * their words (who covers which need and why, what stays uncovered and why, loads, broken rules, score details);</li>
 * <li>{@link org.peermatch.core.report.IcsExport}: the calendar as iCalendar, for the whole programme and per
 * person;</li>
 * <li>{@link org.peermatch.core.report.SessionsCsv}: the calendar as one CSV row per session.</li>
 * </ul>
 * Writers only format: every fit, reason and score comes from the proposal; the programme gives names,
 * organizations, sectors and the order of needs. Display-only figures (totals of hours, percentages of capacity,
 * grouping by participant) are derived here. The writers are stateless and thread-safe.
 */
package org.peermatch.core.report;
