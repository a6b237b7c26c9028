package vn.gov.congvu.directory;

import java.util.List;

/** A file with problems: nothing was applied; the answer lists every problem. */
class ImportRejected extends RuntimeException {

  private final transient List<ImportProblem> problems;

  ImportRejected(List<ImportProblem> problems) {
    super("Tệp danh bạ có " + problems.size() + " lỗi; không có thay đổi nào được áp dụng.");
    this.problems = problems;
  }

  List<ImportProblem> problems() {
    return problems;
  }
}
