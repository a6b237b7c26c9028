package vn.gov.congvu.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a file rather than stopping at the first. A file of 100,000 bad rows would make a
 * response of tens of megabytes, so after {@link #LIMIT} problems only a count is kept and a last line says so.
 */
final class Problems {

  static final int LIMIT = 10_000;

  private final List<ImportProblem> list = new ArrayList<>();
  private int dropped;

  void add(String sheet, Integer line, String message) {
    if (list.size() < LIMIT) {
      list.add(new ImportProblem(sheet, line, message));
    } else {
      dropped++;
    }
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  int count() {
    return list.size() + dropped;
  }

  List<ImportProblem> all() {
    if (dropped == 0) {
      return List.copyOf(list);
    }
    List<ImportProblem> capped = new ArrayList<>(list);
    capped.add(new ImportProblem(null, null, "Còn " + dropped + " lỗi khác không liệt kê; hãy sửa các lỗi trên rồi "
        + "tải lên lại."));
    return capped;
  }
}
