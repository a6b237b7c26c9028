package vn.gov.congvu.directory;

import java.util.Map;

/** One data row of a sheet: its row number as Excel shows it and its cells by lower-case column name, trimmed. */
record SheetRow(int line, Map<String, String> cells) {

  String get(String column) {
    String value = cells.get(column.toLowerCase(java.util.Locale.ROOT));
    return value == null ? "" : value.trim();
  }
}
