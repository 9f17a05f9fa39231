/**
 * The programme's facts as immutable records: members with what they need and what they offer, availability,
 * earlier interactions, the committee's decisions, rules and solver settings. The model never depends on the
 * solver. Vocabulary follows the glossary of DESIGN.md (participant, resource person, need, competence...).
 */
package org.peermatch.core.model;
