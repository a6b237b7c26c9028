package vn.gov.congvu.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One sheet from a CSV file as Excel saves it: UTF-8 with or without a byte-order mark ("CSV UTF-8"), quoted as
 * RFC 4180, separated by commas or, as Excel does under a Vietnamese or European list separator, by semicolons.
 * A line number is the row Excel shows; a file in another encoding is refused with the line where it stops being
 * UTF-8 (Excel's plain "CSV" writes the Windows code page).
 */
final class CsvSheetReader {

  private CsvSheetReader() {
  }

  static SheetData read(String sheet, byte[] bytes, Problems problems) {
    String text = utf8(sheet, bytes, problems);
    if (text == null) {
      return SheetData.empty(sheet);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
    List<SheetRow> rows = new ArrayList<>();
    try (CSVParser parser = format.parse(new StringReader(text))) {
      Map<String, Integer> columns = null;
      for (CSVRecord record : parser) {
        int line = (int) record.getRecordNumber();
        List<String> values = record.toList();
        if (SheetHeader.blank(values)) {
          continue;
        }
        if (columns == null) {
          columns = SheetHeader.of(sheet, line, values, problems);
          if (columns == null) {
            return SheetData.empty(sheet);
          }
        } else if (rows.size() == DirectoryColumns.MAX_ROWS) {
          problems.add(sheet, line, "Tệp có hơn " + DirectoryColumns.MAX_ROWS + " dòng dữ liệu; hãy chia nhỏ hoặc "
              + "kiểm tra lại tệp.");
          return SheetData.empty(sheet);
        } else {
          rows.add(new SheetRow(line, SheetHeader.cells(columns, values)));
        }
      }
      if (columns == null) {
        problems.add(sheet, null, "Tệp trống: không có dòng tiêu đề.");
      }
    } catch (IOException | UncheckedIOException e) {
      problems.add(sheet, null, "Tệp CSV sai định dạng (dấu ngoặc kép không đóng?): " + e.getMessage());
      return SheetData.empty(sheet);
    }
    return new SheetData(sheet, rows);
  }

  /** The header decides: more semicolons than commas in the first line means Excel used semicolons. */
  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    long commas = header.chars().filter(c -> c == ',').count();
    long semicolons = header.chars().filter(c -> c == ';').count();
    return semicolons > commas ? ';' : ',';
  }

  private static String utf8(String sheet, byte[] bytes, Problems problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      problems.add(sheet, lineAt(bytes, in.position()), "Tệp không phải UTF-8 từ dòng này. Trong Excel, chọn Lưu "
          + "thành → 'CSV UTF-8 (Comma delimited)'.");
      return null;
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static int lineAt(byte[] bytes, int position) {
    int line = 1;
    for (int i = 0; i < position && i < bytes.length; i++) {
      line += bytes[i] == '\n' ? 1 : 0;
    }
    return line;
  }
}
