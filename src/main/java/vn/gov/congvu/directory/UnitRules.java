package vn.gov.congvu.directory;

import static vn.gov.congvu.directory.DirectoryColumns.UNITS;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.Unit;
import vn.gov.congvu.organization.UnitKind;

/** Checks the {@code units} sheet row by row, then as a tree: one city at the root, no cycle, seats in wards. */
final class UnitRules {

  /** Group ids are built from unit ids ("deputies-" + id, at most 64) and allow letters, digits and hyphens. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,55}");
  /** Camunda group names ("Lãnh đạo - " + the unit's name) hold 255 characters. */
  private static final int MAX_NAME = 200;
  /** The processes give these units fixed roles (E3, M2, T4, T5). */
  private static final Map<String, String> REQUIRED = Map.of(OrganizationDirectory.HOME_AFFAIRS,
      "Sở Nội vụ: tổng hợp báo cáo tháng, nhận báo cáo khẩn", OrganizationDirectory.HEALTH_DEPT,
      "Sở Y tế: nhận thông báo theo dõi y tế, cách ly");

  private UnitRules() {
  }

  static ImportedUnits check(SheetData sheet, Problems problems) {
    Map<String, Unit> units = new LinkedHashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (SheetRow row : sheet.rows()) {
      Unit unit = row(row, lines, problems);
      if (unit != null) {
        units.put(unit.id(), unit);
      }
      if (!row.get(DirectoryColumns.ID).isEmpty()) {
        ids.add(row.get(DirectoryColumns.ID));
      }
    }
    if (sheet.rows().isEmpty()) {
      return new ImportedUnits(List.of(), lines, ids);
    }
    UnitTree.check(units, lines, ids, problems);
    REQUIRED.forEach((id, role) -> {
      if (!ids.contains(id)) {
        problems.add(UNITS, null, "Thiếu đơn vị '" + id + "' (" + role + "); các quy trình cần đơn vị này.");
      }
    });
    return new ImportedUnits(UnitTree.parentsFirst(units), lines, ids);
  }

  private static Unit row(SheetRow row, Map<String, Integer> lines, Problems problems) {
    int line = row.line();
    String id = row.get(DirectoryColumns.ID);
    String name = row.get(DirectoryColumns.NAME);
    String kindText = row.get(DirectoryColumns.KIND).toUpperCase(Locale.ROOT);
    String parent = row.get(DirectoryColumns.PARENT);
    String seat = row.get(DirectoryColumns.SEAT);
    int before = problems.count();
    if (id.isEmpty()) {
      problems.add(UNITS, line, "Thiếu mã đơn vị (cột id).");
    } else if (!ID.matcher(id).matches()) {
      problems.add(UNITS, line, "Mã đơn vị '" + id + "' không hợp lệ: chỉ dùng chữ cái không dấu, chữ số và dấu "
          + "gạch ngang, tối đa 55 ký tự.");
    } else if (lines.containsKey(id)) {
      problems.add(UNITS, line, "Mã đơn vị '" + id + "' trùng với dòng " + lines.get(id) + ".");
    } else {
      lines.put(id, line);
    }
    if (name.isEmpty() || name.length() > MAX_NAME) {
      problems.add(UNITS, line, name.isEmpty() ? "Thiếu tên đơn vị (cột name)."
          : "Tên đơn vị dài quá " + MAX_NAME + " ký tự.");
    }
    UnitKind kind = kind(kindText);
    if (kind == null) {
      problems.add(UNITS, line, "Loại đơn vị '" + kindText + "' không hợp lệ: dùng CITY, DEPARTMENT, DISTRICT "
          + "hoặc WARD.");
    } else if (kind == UnitKind.CITY && !parent.isEmpty()) {
      problems.add(UNITS, line, "Ủy ban nhân dân Thành phố (CITY) không có đơn vị cấp trên; để trống cột parent.");
    } else if (kind != UnitKind.CITY && parent.isEmpty()) {
      problems.add(UNITS, line, "Thiếu đơn vị cấp trên (cột parent).");
    }
    if (kind == UnitKind.WARD && seat.isEmpty()) {
      seat = id; // a ward sits in itself; Excel users may leave it blank
    } else if (kind != null && seat.isEmpty()) {
      problems.add(UNITS, line, "Thiếu trụ sở (cột seat): mã phường nơi đơn vị đặt trụ sở.");
    }
    if (problems.count() > before) {
      return null;
    }
    return new Unit(id, name, kind, parent.isEmpty() ? null : parent, true, seat);
  }

  private static UnitKind kind(String text) {
    try {
      return UnitKind.valueOf(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
