package vn.gov.congvu.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a header row: which column holds which field, whatever the order and the letter case. */
final class SheetHeader {

  private SheetHeader() {
  }

  /** Column name (lower case) to index; null when a required column is missing, each reported. */
  static Map<String, Integer> of(String sheet, int line, List<String> names, Problems problems) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i) == null ? "" : names.get(i).trim().toLowerCase(Locale.ROOT);
      if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
        problems.add(sheet, line, "Cột '" + names.get(i).trim() + "' xuất hiện hai lần trong dòng tiêu đề.");
      }
    }
    boolean complete = true;
    for (String required : DirectoryColumns.required(sheet)) {
      if (!columns.containsKey(required.toLowerCase(Locale.ROOT))) {
        problems.add(sheet, line, "Thiếu cột '" + required + "' trong dòng tiêu đề (cần các cột "
            + String.join(", ", DirectoryColumns.required(sheet)) + ").");
        complete = false;
      }
    }
    return complete ? columns : null;
  }

  /** The cells of a row by column name; cells beyond the row's end are empty. */
  static Map<String, String> cells(Map<String, Integer> columns, List<String> values) {
    Map<String, String> cells = new HashMap<>();
    columns.forEach((name, index) -> cells.put(name, index < values.size() && values.get(index) != null
        ? values.get(index).trim() : ""));
    return cells;
  }

  static boolean blank(List<String> values) {
    return values.stream().allMatch(v -> v == null || v.isBlank());
  }
}
