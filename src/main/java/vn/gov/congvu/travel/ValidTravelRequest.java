package vn.gov.congvu.travel;

import java.time.LocalDate;

import vn.gov.congvu.organization.StaffMember;

/** A request that passed validation: a known requester, a destination, a trip that starts today or later. */
public record ValidTravelRequest(StaffMember requester, String destination, LocalDate departure, LocalDate returning,
    String reason) {
}
