package vn.gov.congvu.directory;

import java.util.List;

/** The contract's sheets and columns of an imported directory; {@code phone} is an optional extra of ours. */
final class DirectoryColumns {

  static final String UNITS = "units";
  static final String STAFF = "staff";
  static final String WORKBOOK = "workbook";

  static final String ID = "id";
  static final String NAME = "name";
  static final String KIND = "kind";
  static final String PARENT = "parent";
  static final String SEAT = "seat";
  static final List<String> UNIT_COLUMNS = List.of(ID, NAME, KIND, PARENT, SEAT);

  static final String USER_ID = "userId";
  static final String FULL_NAME = "fullName";
  static final String EMAIL = "email";
  static final String UNIT_ID = "unitId";
  static final String ROLE = "role";
  static final String PHONE = "phone";
  static final List<String> STAFF_COLUMNS = List.of(USER_ID, FULL_NAME, EMAIL, UNIT_ID, ROLE);

  /** A file is at most this large and this long (issue 20); a city of 50,000 staff is about 4 MB of CSV. */
  static final long MAX_BYTES = 10L * 1024 * 1024;
  static final int MAX_ROWS = 100_000;

  private DirectoryColumns() {
  }

  static List<String> required(String sheet) {
    return sheet.equals(UNITS) ? UNIT_COLUMNS : STAFF_COLUMNS;
  }
}
