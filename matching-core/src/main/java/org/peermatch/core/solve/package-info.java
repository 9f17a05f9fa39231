/**
 * The facade {@link org.peermatch.core.solve.PeerMatch}: programme in, explained
 * {@link org.peermatch.core.solve.Proposal} out; solver configurations, limits and seeds; the catalog of
 * constraints.
 */
package org.peermatch.core.solve;
