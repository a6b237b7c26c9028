package vn.gov.congvu.directory;

import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.gov.congvu.organization.Unit;

/**
 * The units of a file: well-formed ones parents first (the order the tables' foreign key needs), the row of each id,
 * and every id named at all, so that a staff row in a unit whose own row has a mistake is not reported twice.
 */
record ImportedUnits(List<Unit> units, Map<String, Integer> lines, Set<String> ids) {
}
