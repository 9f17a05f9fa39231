package org.peermatch.core.affinity;

import java.nio.file.Path;

/**
 * Where an affinity problem's CSV input comes from. Demand comes from a file or is the same number for everybody;
 * loads come from a file or are the same range for every resource.
 *
 * @param scores {@code participant,resource,score}: the allowed pairs; participants and resources are the ids
 *        found here, in order of first appearance
 * @param demandFile {@code participant,demand} (null when {@code demandEach} is used)
 * @param demandEach every participant's demand (null when {@code demandFile} is used)
 * @param loadsFile {@code resource,min_load,max_load} (null when {@code maxLoadEach} is used)
 * @param maxLoadEach every resource's max load (null when {@code loadsFile} is used)
 * @param minLoadEach every resource's min load with {@code maxLoadEach} (null: 0)
 * @param conflicts {@code participant,resource}: pairs never to assign (null: none)
 */
public record AffinityCsvSources(Path scores, Path demandFile, Integer demandEach, Path loadsFile,
        Integer maxLoadEach, Integer minLoadEach, Path conflicts) {
}
