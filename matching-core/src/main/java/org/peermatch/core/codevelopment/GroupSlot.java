package org.peermatch.core.codevelopment;

/**
 * One group the solver may form: a participant's {@code group} takes one of these. A slot no participant takes is
 * simply not formed. Each slot carries the programme's rules and calendar so that the constraints can read them.
 */
public final class GroupSlot {

    private final int number;
    private final int minSize;
    private final int maxSize;
    private final int clientsPerSession;
    private final int[] monthOfHalfDay;

    /**
     * @param number the slot's number, from 1
     * @param minSize fewest members of a formed group
     * @param maxSize most members of a group
     * @param clientsPerSession clients heard at each session (1 or 2)
     * @param monthOfHalfDay for each programme half-day number, its calendar month counted from the programme's
     *        first month (0); shared, never modified
     */
    public GroupSlot(int number, int minSize, int maxSize, int clientsPerSession, int[] monthOfHalfDay) {
        this.number = number;
        this.minSize = minSize;
        this.maxSize = maxSize;
        this.clientsPerSession = clientsPerSession;
        this.monthOfHalfDay = monthOfHalfDay;
    }

    public int number() {
        return number;
    }

    public int minSize() {
        return minSize;
    }

    public int maxSize() {
        return maxSize;
    }

    public int clientsPerSession() {
        return clientsPerSession;
    }

    int[] monthOfHalfDay() {
        return monthOfHalfDay;
    }

    /** @return the members missing to reach the minimum or beyond the maximum, 0 when the size is allowed */
    public int sizeDeviation(long size) {
        if (size < minSize) {
            return (int) (minSize - size);
        }
        return (int) Math.max(0, size - maxSize);
    }

    @Override
    public String toString() {
        return "group " + number;
    }
}
