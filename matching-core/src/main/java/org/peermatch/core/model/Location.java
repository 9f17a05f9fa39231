package org.peermatch.core.model;

/**
 * Where a member works, for travel distances between mentee and mentor.
 *
 * @param latitude degrees north, -90..90
 * @param longitude degrees east, -180..180
 */
public record Location(double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** @return the great-circle distance in kilometres (haversine formula) */
    public double kilometresTo(Location other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
