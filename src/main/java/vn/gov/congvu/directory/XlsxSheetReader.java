package vn.gov.congvu.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The sheets {@code units} and {@code staff} of an XLSX workbook, streamed row by row. A workbook is a zip: one that
 * inflates past {@link #MAX_INFLATED} (a zip bomb, or a sheet far beyond 100,000 rows) is refused before reading.
 */
final class XlsxSheetReader {

  static final long MAX_INFLATED = 300L * 1024 * 1024;

  private XlsxSheetReader() {
  }

  static Map<String, SheetData> read(byte[] bytes, Problems problems) {
    Map<String, SheetData> sheets = new LinkedHashMap<>();
    sheets.put(DirectoryColumns.UNITS, SheetData.empty(DirectoryColumns.UNITS));
    sheets.put(DirectoryColumns.STAFF, SheetData.empty(DirectoryColumns.STAFF));
    if (!ReadableWorkbook.isOOXMLZipHeader(bytes) || inflatesTooFar(bytes)) {
      problems.add(DirectoryColumns.WORKBOOK, null, "Không đọc được tệp Excel: cần một tệp .xlsx (Excel 2007 trở "
          + "lên) có hai trang tính 'units' và 'staff'.");
      return sheets;
    }
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      for (String name : List.copyOf(sheets.keySet())) {
        Optional<Sheet> sheet = find(workbook, name);
        if (sheet.isEmpty()) {
          problems.add(name, null, "Thiếu trang tính '" + name + "' trong tệp Excel.");
        } else {
          sheets.put(name, rows(name, sheet.get(), problems));
        }
      }
    } catch (IOException | RuntimeException e) { // any malformed part of an uploaded zip is the file's fault
      problems.add(DirectoryColumns.WORKBOOK, null, "Tệp Excel bị hỏng hoặc không đúng định dạng .xlsx.");
    }
    return sheets;
  }

  private static Optional<Sheet> find(ReadableWorkbook workbook, String name) {
    return workbook.getSheets().filter(s -> s.getName().trim().equalsIgnoreCase(name)).findFirst();
  }

  private static SheetData rows(String name, Sheet sheet, Problems problems) throws IOException {
    List<SheetRow> rows = new ArrayList<>();
    Map<String, Integer> columns = null;
    try (Stream<Row> stream = sheet.openStream()) {
      for (Iterator<Row> it = stream.iterator(); it.hasNext();) {
        Row row = it.next();
        List<String> values = texts(row);
        if (SheetHeader.blank(values)) {
          continue;
        }
        if (columns == null) {
          columns = SheetHeader.of(name, row.getRowNum(), values, problems);
          if (columns == null) {
            return SheetData.empty(name);
          }
        } else if (rows.size() == DirectoryColumns.MAX_ROWS) {
          problems.add(name, row.getRowNum(), "Trang tính có hơn " + DirectoryColumns.MAX_ROWS + " dòng dữ liệu.");
          return SheetData.empty(name);
        } else {
          rows.add(new SheetRow(row.getRowNum(), SheetHeader.cells(columns, values)));
        }
      }
    }
    if (columns == null) {
      problems.add(name, null, "Trang tính trống: không có dòng tiêu đề.");
    }
    return new SheetData(name, rows);
  }

  /** Cell texts by column position; numbers as Excel stores them ("12345", not "12345.0"). */
  private static List<String> texts(Row row) {
    List<String> values = new ArrayList<>();
    for (Cell cell : row) {
      if (cell == null) {
        continue;
      }
      int column = cell.getColumnIndex();
      while (values.size() < column) {
        values.add("");
      }
      values.add(cell.getText() == null ? "" : cell.getText());
    }
    return values;
  }

  private static boolean inflatesTooFar(byte[] bytes) {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    // Commons Compress, as the reader: workbooks writers stream may store entries with a trailing data descriptor.
    try (ZipArchiveInputStream entries = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true,
        true)) {
      for (ZipArchiveEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        for (int n = entries.read(buffer); n > 0; n = entries.read(buffer)) {
          total += n;
          if (total > MAX_INFLATED) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}
