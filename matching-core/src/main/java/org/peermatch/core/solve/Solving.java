package org.peermatch.core.solve;

/**
 * A solve running in the background, started by {@link PeerMatch#start}.
 */
public interface Solving {

    /**
     * Asks the solver to stop as soon as possible; {@link #await()} then returns the best proposal found so far.
     * Safe to call from any thread, also from a shutdown hook, and more than once.
     */
    void terminateEarly();

    /**
     * Waits for the solve to end.
     *
     * @return the best proposal found
     * @throws InterruptedException when the waiting thread is interrupted
     */
    Proposal await() throws InterruptedException;
}
