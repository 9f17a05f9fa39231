package org.peermatch.core.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.NoveltyWords;
import org.peermatch.core.text.Messages;

/** Names, dates and half-days in the committee's words, in English whatever the platform locale. */
public final class CalendarWords {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private CalendarWords() {
    }

    /** @return the member's name, or the id when the programme has no such member */
    public static String name(Programme programme, String id) {
        Member member = programme.member(id);
        return member == null || member.name() == null || member.name().isBlank() ? id : member.name();
    }

    /** @return e.g. "Ana Martin (m03)" */
    public static String who(Programme programme, String id) {
        Member member = programme.member(id);
        return member == null ? programme.messages().get("calendar.notAMember", id)
                : name(programme, id) + " (" + id + ")";
    }

    /** @return the names joined as "A, B and C" */
    public static String names(Programme programme, List<String> ids) {
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            names.add(name(programme, id));
        }
        return programme.messages().and(names);
    }

    /** @return the texts joined as "A, B and C" */
    public static String and(List<String> texts) {
        return NoveltyWords.and(texts);
    }

    /** @return e.g. "Monday 11 January 2027" */
    public static String date(LocalDate date) {
        return date == null ? "no date" : NoveltyWords.day(date);
    }

    /** @return e.g. "Monday 11 January 2027" or "lundi 11 janvier 2027" */
    public static String date(Messages messages, LocalDate date) {
        return date == null ? messages.get("calendar.noDate") : messages.date(date);
    }

    /** @return e.g. "Monday 11 January 2027, 09:00" or "lundi 11 janvier 2027, 09:00" */
    public static String dateTime(Messages messages, LocalDateTime dateTime) {
        return dateTime == null ? messages.get("calendar.noTime") : messages.get("calendar.dateTime",
                messages.date(dateTime.toLocalDate()), TIME.format(dateTime));
    }

    /** @return e.g. "Monday 11 January 2027 (AM)", or "lundi 11 janvier 2027 (journée entière)" */
    public static String when(Messages messages, LocalDate date, String halfDay) {
        return messages.get("calendar.when", date(messages, date),
                halfDay == null ? messages.get("calendar.wholeDay") : halfDay);
    }

    /** @return e.g. "Monday 11 January 2027, 09:00" */
    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "no time" : DATE_TIME.format(dateTime);
    }

    /** @return e.g. "Monday 11 January 2027 (AM)", or "Monday 11 January 2027 (whole day)" */
    public static String when(LocalDate date, String halfDay) {
        return date(date) + " (" + (halfDay == null ? "whole day" : halfDay) + ")";
    }

    /** @return a kebab-case id as words, e.g. {@code business-model} as "business model" */
    public static String topic(String id) {
        return id == null ? "" : id.replace('-', ' ').replace('_', ' ');
    }

    /** @return e.g. "1 hour", "3 hours" */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
