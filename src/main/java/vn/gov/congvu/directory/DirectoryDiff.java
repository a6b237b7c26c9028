package vn.gov.congvu.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.organization.Unit;

/**
 * What a file changes in the directory: a unit or person in the file is added (or comes back), changed or left
 * alone; one of the directory missing from the file is closed or has left. Computed in memory from two reads.
 */
record DirectoryDiff(List<Unit> unitsAdded, List<Pair<Unit>> unitsChanged, List<Unit> unitsClosed,
    List<Member> staffAdded, List<Pair<Member>> staffChanged, List<Member> staffLeft) {

  /** A row before and after. */
  record Pair<T>(T before, T after) {
  }

  /** {@code keepPhones}: the file has no phone column (it is not in the contract's), so phones stay as they are. */
  static DirectoryDiff of(List<Unit> currentUnits, Map<String, Member> currentStaff, List<Unit> fileUnits,
      List<StaffMember> fileStaff, boolean keepPhones) {
    Map<String, Unit> current = new LinkedHashMap<>();
    currentUnits.forEach(u -> current.put(u.id(), u));
    List<Unit> unitsAdded = new ArrayList<>();
    List<Pair<Unit>> unitsChanged = new ArrayList<>();
    Set<String> inFile = new HashSet<>();
    for (Unit unit : fileUnits) {
      inFile.add(unit.id());
      Unit before = current.get(unit.id());
      if (before == null || !before.active()) {
        unitsAdded.add(unit);
      } else if (!before.equals(unit)) {
        unitsChanged.add(new Pair<>(before, unit));
      }
    }
    List<Unit> unitsClosed = current.values().stream().filter(u -> u.active() && !inFile.contains(u.id()))
        .map(u -> new Unit(u.id(), u.name(), u.kind(), u.parentId(), false, u.seat())).toList();

    List<Member> staffAdded = new ArrayList<>();
    List<Pair<Member>> staffChanged = new ArrayList<>();
    Set<String> staffInFile = new HashSet<>();
    for (StaffMember person : fileStaff) {
      Member before = currentStaff.get(person.userId());
      Member after = Member.of(keepPhones && before != null ? new StaffMember(person.userId(), person.fullName(),
          person.email(), before.phone(), person.unitId(), person.role()) : person);
      staffInFile.add(after.userId());
      if (before == null || !before.active()) {
        staffAdded.add(after);
      } else if (!before.equals(after)) {
        staffChanged.add(new Pair<>(before, after));
      }
    }
    List<Member> staffLeft = currentStaff.values().stream()
        .filter(m -> m.active() && !staffInFile.contains(m.userId())).map(Member::left).toList();
    return new DirectoryDiff(unitsAdded, unitsChanged, unitsClosed, staffAdded, staffChanged, staffLeft);
  }

  boolean isEmpty() {
    return unitsAdded.isEmpty() && unitsChanged.isEmpty() && unitsClosed.isEmpty() && staffAdded.isEmpty()
        && staffChanged.isEmpty() && staffLeft.isEmpty();
  }

  static List<FieldChange> changes(Unit before, Unit after) {
    List<FieldChange> changes = new ArrayList<>();
    FieldChange.add(changes, "name", before.name(), after.name());
    FieldChange.add(changes, "kind", before.kind(), after.kind());
    FieldChange.add(changes, "parent", before.parentId(), after.parentId());
    FieldChange.add(changes, "seat", before.seat(), after.seat());
    return changes;
  }

  static List<FieldChange> changes(Member before, Member after) {
    List<FieldChange> changes = new ArrayList<>();
    FieldChange.add(changes, "fullName", before.fullName(), after.fullName());
    FieldChange.add(changes, "email", before.email(), after.email());
    FieldChange.add(changes, "phone", before.phone(), after.phone());
    FieldChange.add(changes, "unitId", before.unitId(), after.unitId());
    FieldChange.add(changes, "role", before.role(), after.role());
    FieldChange.add(changes, "active", before.active(), after.active());
    return changes;
  }

  /** One field that differs: {@code from} and {@code to} as text. */
  record FieldChange(String field, String from, String to) {

    static void add(List<FieldChange> changes, String field, Object from, Object to) {
      if (!Objects.equals(from, to)) {
        changes.add(new FieldChange(field, from == null ? null : from.toString(), to == null ? null : to.toString()));
      }
    }
  }
}
