/**
 * One calendar for the whole programme: {@link org.peermatch.core.calendar.CalendarPlanner} dates every mode's
 * sessions (the committee's record, workshops, immersion days, co-development sessions, 1:1 meetings) from the
 * modes' proposals, and {@link org.peermatch.core.calendar.CalendarCertifier} re-checks the result independently
 * (double bookings, availability, closed days). The files made from it are written by {@code report}.
 */
package org.peermatch.core.calendar;
