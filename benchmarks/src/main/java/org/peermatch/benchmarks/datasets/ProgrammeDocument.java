package org.peermatch.benchmarks.datasets;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peermatch.core.model.AccompanimentRules;
import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.CalendarRules;
import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.Competence;
import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.ImmersionRules;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.model.WeeklyHalfDay;
import org.peermatch.core.model.WorkshopRules;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a generated programme ({@link ProgrammeGenerator}) as a programme document that {@code peer-match solve}
 * reads, so that the benchmarks' datasets (the XL one above all) can be solved end to end by the command line.
 *
 * <p>It writes what the generator produces: the programme's dates, time zone and half-days, the accompaniment rules,
 * the members (with every mode's offers), the history, the forbidden pairs, the weights and the solver settings. A
 * programme holding anything else (other rules than the defaults, closed days, rooms, pinned pairs, an earlier
 * calendar, experience, tags, objectives or locations) is refused rather than written without it. The document
 * cannot say "no unimproved time limit" (absent means 10 s): a programme without one is written with its time limit
 * as the unimproved time limit, so that the search runs its whole limit as in the benchmarks.
 *
 * <p>Written with Jackson's streaming generator, one member at a time: the XL programme (10,000 participants) is
 * about 9 MB.
 */
public final class ProgrammeDocument {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ProgrammeDocument() {
    }

    /** Writes the programme to the file (created or replaced). */
    public static void write(Programme programme, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(programme, out);
        }
    }

    /** Writes the programme to the stream (left open). */
    public static void write(Programme programme, OutputStream out) {
        requireWritable(programme);
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeName("programme");
            json.writeStartObject();
            json.writeStringProperty("name", programme.name());
            json.writeStringProperty("start", programme.start().toString());
            json.writeStringProperty("end", programme.end().toString());
            json.writeStringProperty("timeZone", programme.timeZone().getId());
            json.writeArrayPropertyStart("halfDays");
            for (HalfDaySlot slot : programme.halfDays()) {
                json.writeStartObject();
                json.writeStringProperty("id", slot.id());
                json.writeStringProperty("start", slot.start().toString());
                json.writeStringProperty("end", slot.end().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();

            AccompanimentRules rules = programme.accompaniment();
            json.writeName("rules");
            json.writeStartObject();
            json.writeName("accompaniment");
            json.writeStartObject();
            json.writeNumberProperty("minimumLevel", rules.minimumLevel());
            json.writeNumberProperty("maxResourcePersons", rules.maxResourcePersons());
            json.writeNumberProperty("minCommonHalfDaysPerMonth", rules.minCommonHalfDaysPerMonth());
            json.writeNumberProperty("noveltyHalfLifeMonths", rules.noveltyHalfLifeMonths());
            if (!rules.priorityWeights().isEmpty()) {
                json.writeArrayPropertyStart("priorityWeights");
                for (int weight : rules.priorityWeights()) {
                    json.writeNumber(weight);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndObject();

            json.writeArrayPropertyStart("members");
            for (Member member : programme.members()) {
                member(json, member);
            }
            json.writeEndArray();

            if (!programme.history().isEmpty()) {
                json.writeArrayPropertyStart("history");
                for (Interaction interaction : programme.history()) {
                    json.writeStartObject();
                    strings(json, "members", interaction.members());
                    json.writeStringProperty("mode", interaction.mode().jsonName());
                    json.writeStringProperty("date", interaction.date().toString());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            if (!programme.decisions().forbidden().isEmpty()) {
                json.writeName("decisions");
                json.writeStartObject();
                json.writeArrayPropertyStart("forbidden");
                for (ForbiddenPair pair : programme.decisions().forbidden()) {
                    json.writeStartObject();
                    strings(json, "members", List.of(pair.first(), pair.second()));
                    if (pair.reason() != null) {
                        json.writeStringProperty("reason", pair.reason());
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            if (!programme.weights().isEmpty()) {
                json.writeName("weights");
                json.writeStartObject();
                for (Map.Entry<String, Long> weight : programme.weights().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).toList()) {
                    json.writeNumberProperty(weight.getKey(), weight.getValue());
                }
                json.writeEndObject();
            }
            SolverSettings solver = programme.solver();
            json.writeName("solver");
            json.writeStartObject();
            if (solver.timeLimit() != null) {
                json.writeStringProperty("timeLimit", solver.timeLimit().toString());
            }
            Duration unimproved = solver.unimprovedTimeLimit() != null ? solver.unimprovedTimeLimit()
                    : solver.timeLimit();
            if (unimproved != null) {
                json.writeStringProperty("unimprovedTimeLimit", unimproved.toString());
            }
            if (solver.moveCountLimit() != null) {
                json.writeNumberProperty("moveCountLimit", solver.moveCountLimit());
            }
            json.writeNumberProperty("seed", solver.seed());
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static void member(JsonGenerator json, Member member) {
        json.writeStartObject();
        json.writeStringProperty("id", member.id());
        json.writeStringProperty("name", member.name());
        json.writeStringProperty("organization", member.organization());
        strings(json, "sectors", member.sectors());
        if (!member.requests().isEmpty()) {
            strings(json, "requests", member.requests().stream().map(Mode::jsonName).toList());
        }
        if (!member.needs().isEmpty()) {
            json.writeArrayPropertyStart("needs");
            for (Need need : member.needs()) {
                json.writeStartObject();
                json.writeStringProperty("topic", need.topic());
                json.writeNumberProperty("priority", need.priority());
                json.writeNumberProperty("hours", need.hours());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!member.competences().isEmpty()) {
            json.writeArrayPropertyStart("competences");
            for (Competence competence : member.competences()) {
                json.writeStartObject();
                json.writeStringProperty("topic", competence.topic());
                json.writeNumberProperty("level", competence.level());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!member.offers().isEmpty()) {
            json.writeName("offers");
            json.writeStartObject();
            for (Mode mode : Mode.values()) {
                Offer offer = member.offers().get(mode);
                if (offer != null) {
                    offer(json, mode, offer);
                }
            }
            json.writeEndObject();
        }
        if (member.availability() != null) {
            json.writeName("availability");
            json.writeStartObject();
            json.writeArrayPropertyStart("weekly");
            for (WeeklyAvailability weekly : member.availability().weekly()) {
                json.writeStartObject();
                json.writeStringProperty("from", weekly.from().toString());
                json.writeStringProperty("to", weekly.to().toString());
                json.writeArrayPropertyStart("halfDays");
                for (WeeklyHalfDay halfDay : weekly.halfDays()) {
                    json.writeString(halfDay.day().name().substring(0, 3) + "-" + halfDay.slot());
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            if (!member.availability().unavailable().isEmpty()) {
                strings(json, "unavailable", member.availability().unavailable().stream()
                        .map(Object::toString).toList());
            }
            json.writeEndObject();
        }
        if (!member.conflicts().isEmpty()) {
            strings(json, "conflicts", member.conflicts());
        }
        if (!member.continuity().isEmpty()) {
            strings(json, "continuity", member.continuity());
        }
        if (!member.preferences().isEmpty()) {
            strings(json, "preferences", member.preferences());
        }
        json.writeEndObject();
    }

    /** An offer with the fields its mode counts in (the reader refuses the others). */
    private static void offer(JsonGenerator json, Mode mode, Offer offer) {
        json.writeName(mode.jsonName());
        json.writeStartObject();
        switch (mode) {
            case IMMERSION -> {
                json.writeNumberProperty("days", offer.days());
                json.writeNumberProperty("participants", offer.participants());
            }
            case WORKSHOP -> {
                json.writeNumberProperty("sessions", offer.sessions());
                if (offer.participants() > 0) {
                    json.writeNumberProperty("participants", offer.participants());
                }
            }
            default -> {
                json.writeNumberProperty("hours", offer.hours());
                json.writeNumberProperty("participants", offer.participants());
            }
        }
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) {
        json.writeArrayPropertyStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Refuses a programme holding what this writer does not write, rather than dropping it silently. */
    private static void requireWritable(Programme programme) {
        StringBuilder unsupported = new StringBuilder();
        if (!programme.immersion().equals(ImmersionRules.DEFAULT)
                || !programme.codevelopment().equals(CodevelopmentRules.DEFAULT)
                || !programme.workshop().equals(WorkshopRules.DEFAULT)
                || !programme.calendar().equals(CalendarRules.DEFAULT)) {
            unsupported.append(" rules other than accompaniment's;");
        }
        if (!programme.closed().isEmpty() || !programme.rooms().isEmpty()
                || !programme.changes().equals(CalendarChanges.NONE)) {
            unsupported.append(" closed days, rooms or an earlier calendar;");
        }
        if (!programme.decisions().pinned().isEmpty()) {
            unsupported.append(" pinned pairs;");
        }
        for (Member member : programme.members()) {
            if (member.experienceYears() != 0 || !member.tags().isEmpty() || !member.objectives().isEmpty()
                    || member.location() != null) {
                unsupported.append(" experience, tags, objectives or a location (member ").append(member.id())
                        .append(");");
                break;
            }
        }
        if (!unsupported.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "The programme holds what the benchmarks' document writer does not write:%s%n"
                            + "Maybe export only generated programmes (ProgrammeGenerator).",
                    unsupported.substring(0, unsupported.length() - 1)));
        }
    }
}
