package vn.gov.congvu.directory;

import static vn.gov.congvu.directory.DirectoryColumns.STAFF;
import static vn.gov.congvu.directory.DirectoryColumns.UNITS;
import static vn.gov.congvu.directory.DirectoryColumns.WORKBOOK;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.springframework.web.multipart.MultipartFile;

/**
 * The sheets of an import request: two CSV parts {@code units} and {@code staff}, or one XLSX part {@code workbook};
 * each file at most 10 MB, hashed for the import record.
 */
record DirectoryUpload(SheetData units, SheetData staff, List<UploadedFile> files) {

  static DirectoryUpload read(Map<String, MultipartFile> parts, Problems problems) {
    List<UploadedFile> files = new ArrayList<>();
    MultipartFile workbook = parts.get(WORKBOOK);
    if (workbook != null) {
      if (parts.containsKey(UNITS) || parts.containsKey(STAFF)) {
        problems.add(WORKBOOK, null, "Gửi hoặc hai tệp CSV (units, staff) hoặc một tệp Excel (workbook), không "
            + "gửi cả hai.");
      }
      byte[] bytes = bytes(WORKBOOK, workbook, files, problems);
      Map<String, SheetData> sheets = bytes == null ? Map.of() : XlsxSheetReader.read(bytes, problems);
      return new DirectoryUpload(sheets.getOrDefault(UNITS, SheetData.empty(UNITS)),
          sheets.getOrDefault(STAFF, SheetData.empty(STAFF)), files);
    }
    SheetData units = csv(UNITS, parts.get(UNITS), files, problems);
    SheetData staff = csv(STAFF, parts.get(STAFF), files, problems);
    return new DirectoryUpload(units, staff, files);
  }

  private static SheetData csv(String sheet, MultipartFile part, List<UploadedFile> files, Problems problems) {
    if (part == null) {
      problems.add(sheet, null, "Thiếu tệp '" + sheet + "': gửi hai phần units và staff (CSV) hoặc một phần "
          + "workbook (Excel).");
      return SheetData.empty(sheet);
    }
    byte[] bytes = bytes(sheet, part, files, problems);
    if (bytes == null) {
      return SheetData.empty(sheet);
    }
    if (ReadableWorkbook.isOOXMLZipHeader(bytes)) {
      problems.add(sheet, null, "Tệp '" + sheet + "' là tệp Excel: gửi nó trong phần workbook, hoặc lưu thành CSV "
          + "UTF-8.");
      return SheetData.empty(sheet);
    }
    return CsvSheetReader.read(sheet, bytes, problems);
  }

  private static byte[] bytes(String part, MultipartFile file, List<UploadedFile> files, Problems problems) {
    if (file.getSize() > DirectoryColumns.MAX_BYTES) {
      problems.add(part, null, "Tệp '" + file.getOriginalFilename() + "' lớn hơn 10 MB ("
          + (file.getSize() / (1024 * 1024)) + " MB); hãy kiểm tra lại tệp.");
      return null;
    }
    try {
      byte[] bytes = file.getBytes();
      files.add(new UploadedFile(part, file.getOriginalFilename(), sha256(bytes), bytes.length));
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
