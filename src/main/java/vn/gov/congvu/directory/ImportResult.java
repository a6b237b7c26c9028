package vn.gov.congvu.directory;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.gov.congvu.organization.Unit;

/**
 * The contract's answer to an import: the difference, whether or not it was applied, then our extras: the files
 * with their SHA-256, and once applied the import's id, how many claimed tasks went back to their candidates and how
 * many first-login links were mailed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ImportResult(boolean dryRun, List<UnitView> unitsAdded, List<ChangedView> unitsChanged,
    List<UnitView> unitsClosed, List<StaffView> staffAdded, List<ChangedView> staffChanged, List<StaffView> staffLeft,
    List<UploadedFile> files, Long importId, Integer tasksReturned, Integer linksSent) {

  record UnitView(String id, String name, String kind, String parent, String seat) {

    static UnitView of(Unit unit) {
      return new UnitView(unit.id(), unit.name(), unit.kind().name(), unit.parentId(), unit.seat());
    }
  }

  record StaffView(String userId, String fullName, String unitId, String role) {

    static StaffView of(Member member) {
      return new StaffView(member.userId(), member.fullName(), member.unitId(), member.role().name());
    }
  }

  /** A unit or person that stays, with each field that changes (a rename, a move, a new role). */
  record ChangedView(String id, String name, List<DirectoryDiff.FieldChange> changes) {
  }

  static ImportResult of(DirectoryDiff diff, List<UploadedFile> files, Long importId,
      DirectoryApplier.Applied applied) {
    return new ImportResult(importId == null, diff.unitsAdded().stream().map(UnitView::of).toList(),
        diff.unitsChanged().stream().map(p -> new ChangedView(p.after().id(), p.after().name(),
            DirectoryDiff.changes(p.before(), p.after()))).toList(),
        diff.unitsClosed().stream().map(UnitView::of).toList(),
        diff.staffAdded().stream().map(StaffView::of).toList(),
        diff.staffChanged().stream().map(p -> new ChangedView(p.after().userId(), p.after().fullName(),
            DirectoryDiff.changes(p.before(), p.after()))).toList(),
        diff.staffLeft().stream().map(StaffView::of).toList(), files, importId,
        applied == null ? null : applied.tasksReturned(), applied == null ? null : applied.linksSent());
  }
}
