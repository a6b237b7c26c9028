package vn.gov.congvu.organization;

import java.util.List;

/** The shape of the demo organization data file ({@code demo/organization.json}). */
record DemoOrganization(List<Unit> units, List<StaffMember> staff, List<ProcessOwner> processOwners) {
}
