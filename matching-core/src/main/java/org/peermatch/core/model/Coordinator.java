package org.peermatch.core.model;

/**
 * Who coordinates the programme: the calendar files name them as the organizer of every session, so that a calendar
 * application sends the invitations and the replies in their name.
 *
 * @param name their name, or null when not given
 * @param email their e-mail address
 */
public record Coordinator(String name, String email) {
}
