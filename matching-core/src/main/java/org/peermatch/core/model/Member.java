package org.peermatch.core.model;

import java.util.List;
import java.util.Map;

/**
 * A person of the community. The same member can be accompanied in one mode and a resource person in another
 * ("ressources réciproques"): what they need and what they offer are both here.
 *
 * @param id unique id within the programme
 * @param name display name
 * @param organization the structure they work for; two members of one organization never form a pair
 * @param sectors the sectors (filières) they work in, e.g. {@code music}, {@code publishing}
 * @param requests the modes in which they ask to take part as a participant
 * @param needs their needs from the pre-diagnostic interview
 * @param competences what they can teach or advise on
 * @param offers per mode, what they offer and their capacities
 * @param availability when they can meet
 * @param conflicts ids of members with whom they declared a conflict of interest
 * @param continuity ids of resource persons they ask to keep working with (no novelty cost for those pairs)
 * @param preferences ids of resource persons they prefer, most preferred first
 * @param experienceYears years of professional experience (an immersion mentor must have more than the mentee);
 *        0 when not given
 * @param tags profile tags describing their practice (e.g. {@code touring}, {@code festival}); what a mentor can
 *        show
 * @param objectives objective tags from the questionnaire a mentee fills before an immersion day (what they want
 *        to see); kept in the proposal for the evaluation after the day
 * @param location where they work, or null when not given
 * @param email their e-mail address, or null when not given: the calendar files then invite them by it
 */
public record Member(
        String id,
        String name,
        String organization,
        List<String> sectors,
        List<Mode> requests,
        List<Need> needs,
        List<Competence> competences,
        Map<Mode, Offer> offers,
        Availability availability,
        List<String> conflicts,
        List<String> continuity,
        List<String> preferences,
        int experienceYears,
        List<String> tags,
        List<String> objectives,
        Location location,
        String email) {

    /** A member without an e-mail address. */
    public Member(String id, String name, String organization, List<String> sectors, List<Mode> requests,
            List<Need> needs, List<Competence> competences, Map<Mode, Offer> offers, Availability availability,
            List<String> conflicts, List<String> continuity, List<String> preferences, int experienceYears,
            List<String> tags, List<String> objectives, Location location) {
        this(id, name, organization, sectors, requests, needs, competences, offers, availability, conflicts,
                continuity, preferences, experienceYears, tags, objectives, location, null);
    }

    /** A member without experience, tags, objectives or location (the accompaniment-only shape). */
    public Member(String id, String name, String organization, List<String> sectors, List<Mode> requests,
            List<Need> needs, List<Competence> competences, Map<Mode, Offer> offers, Availability availability,
            List<String> conflicts, List<String> continuity, List<String> preferences) {
        this(id, name, organization, sectors, requests, needs, competences, offers, availability, conflicts,
                continuity, preferences, 0, List.of(), List.of(), null);
    }

    public Member {
        sectors = List.copyOf(sectors);
        requests = List.copyOf(requests);
        needs = List.copyOf(needs);
        competences = List.copyOf(competences);
        offers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(offers));
        conflicts = List.copyOf(conflicts);
        continuity = List.copyOf(continuity);
        preferences = List.copyOf(preferences);
        tags = List.copyOf(tags);
        objectives = List.copyOf(objectives);
    }

    /** @return whether this member asks to take part in the given mode as a participant */
    public boolean requests(Mode mode) {
        return requests.contains(mode);
    }

    /** @return what this member offers in the given mode, or null when nothing */
    public Offer offer(Mode mode) {
        return offers.get(mode);
    }

    /** @return this member's level on the topic, 0 when they have no competence on it */
    public int levelOn(String topic) {
        int level = 0;
        for (Competence competence : competences) {
            if (competence.topic().equals(topic)) {
                level = Math.max(level, competence.level());
            }
        }
        return level;
    }

    /** @return whether the two members share at least one sector */
    public boolean sharesSectorWith(Member other) {
        for (String sector : sectors) {
            if (other.sectors.contains(sector)) {
                return true;
            }
        }
        return false;
    }
}
