package vn.gov.congvu.directory;

import java.util.List;

/** The data rows of one sheet ({@code units} or {@code staff}), from a CSV file or a workbook's sheet. */
record SheetData(String sheet, List<SheetRow> rows) {

  static SheetData empty(String sheet) {
    return new SheetData(sheet, List.of());
  }
}
