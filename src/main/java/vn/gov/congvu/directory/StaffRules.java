package vn.gov.congvu.directory;

import static vn.gov.congvu.directory.DirectoryColumns.STAFF;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.organization.StaffRole;
import vn.gov.congvu.organization.Unit;

/** Checks the {@code staff} sheet: each row, one user id per person, and one head in every unit. */
final class StaffRules {

  /** Camunda's default user id pattern (userResourceWhitelistPattern) and its column width. */
  static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9]{1,64}");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private StaffRules() {
  }

  /** {@code reserved}: ids the directory may not take (the administrator, process owners), lower case. */
  static List<StaffMember> check(SheetData sheet, ImportedUnits units, Set<String> reserved, Problems problems) {
    List<StaffMember> staff = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    Map<String, Integer> heads = new HashMap<>();
    for (SheetRow row : sheet.rows()) {
      StaffMember member = row(row, units, reserved, lines, problems);
      // Heads are counted from the role and unit alone, so a head's row with a bad e-mail is one problem, not two.
      String unitId = row.get(DirectoryColumns.UNIT_ID);
      if (StaffRole.HEAD.name().equalsIgnoreCase(row.get(DirectoryColumns.ROLE)) && !unitId.isEmpty()) {
        Integer first = heads.putIfAbsent(unitId, row.line());
        if (first != null) {
          problems.add(STAFF, row.line(), "Đơn vị '" + unitId + "' đã có thủ trưởng (HEAD) ở dòng " + first
              + "; mỗi đơn vị có một thủ trưởng, người khác là cấp phó (DEPUTY).");
        }
      }
      if (member != null) {
        staff.add(member);
      }
    }
    if (!sheet.rows().isEmpty()) {
      for (Unit unit : units.units()) {
        if (!heads.containsKey(unit.id())) {
          problems.add(DirectoryColumns.UNITS, units.lines().get(unit.id()), "Đơn vị '" + unit.id()
              + "' chưa có thủ trưởng: cần một dòng vai trò HEAD trong trang staff.");
        }
      }
    }
    return staff;
  }

  private static StaffMember row(SheetRow row, ImportedUnits units, Set<String> reserved, Map<String, Integer> lines,
      Problems problems) {
    int line = row.line();
    String userId = row.get(DirectoryColumns.USER_ID);
    String fullName = row.get(DirectoryColumns.FULL_NAME);
    String email = row.get(DirectoryColumns.EMAIL);
    String phone = row.get(DirectoryColumns.PHONE);
    String unitId = row.get(DirectoryColumns.UNIT_ID);
    String roleText = row.get(DirectoryColumns.ROLE).toUpperCase(Locale.ROOT);
    int before = problems.count();
    String key = userId.toLowerCase(Locale.ROOT);
    if (userId.isEmpty()) {
      problems.add(STAFF, line, "Thiếu tên đăng nhập (cột userId).");
    } else if (!USER_ID.matcher(userId).matches()) {
      problems.add(STAFF, line, "Tên đăng nhập '" + userId + "' không hợp lệ: chỉ dùng chữ cái không dấu và chữ số, "
          + "tối đa 64 ký tự.");
    } else if (reserved.contains(key)) {
      problems.add(STAFF, line, "Tên đăng nhập '" + userId + "' đã dành cho quản trị viên hoặc chủ quản quy trình.");
    } else if (lines.containsKey(key)) {
      problems.add(STAFF, line, "Tên đăng nhập '" + userId + "' trùng với dòng " + lines.get(key) + ".");
    } else {
      lines.put(key, line);
    }
    if (fullName.isEmpty() || fullName.length() > 255) {
      problems.add(STAFF, line, fullName.isEmpty() ? "Thiếu họ tên (cột fullName)." : "Họ tên dài quá 255 ký tự.");
    }
    if (email.isEmpty()) {
      problems.add(STAFF, line, "Thiếu e-mail (cột email): cần để gửi liên kết đặt mật khẩu.");
    } else if (email.length() > 255 || !EMAIL.matcher(email).matches()) {
      problems.add(STAFF, line, "E-mail '" + email + "' không hợp lệ.");
    }
    if (phone.length() > 32) {
      problems.add(STAFF, line, "Số điện thoại dài quá 32 ký tự.");
    }
    if (unitId.isEmpty()) {
      problems.add(STAFF, line, "Thiếu mã đơn vị (cột unitId).");
    } else if (!units.ids().contains(unitId)) {
      problems.add(STAFF, line, "Đơn vị '" + unitId + "' không có trong trang units.");
    }
    StaffRole role = role(roleText);
    if (role == null) {
      problems.add(STAFF, line, "Vai trò '" + roleText + "' không hợp lệ: dùng HEAD (thủ trưởng), DEPUTY (cấp phó), "
          + "DUTY (trực ban) hoặc STAFF (cán bộ).");
    }
    return problems.count() > before ? null
        : new StaffMember(userId, fullName, email, phone.isEmpty() ? null : phone, unitId, role);
  }

  private static StaffRole role(String text) {
    try {
      return StaffRole.valueOf(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
