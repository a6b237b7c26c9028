package vn.gov.congvu.travel;

/**
 * A request to leave the city as it arrives, from the API or from Tasklist's start form (dates yyyy-MM-dd, the
 * optional departure time HH:mm).
 */
public record TravelRequest(String requesterId, String destination, String departureDate, String returnDate,
    String reason, String departureTime) {
}
