package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells as Excel must read them: quoted when needed, never a formula. */
class ReportCsvTest {

  @Test
  void cellsAreQuotedOnlyWhenNeeded() {
    assertThat(ReportCsv.cell(null)).isEmpty();
    assertThat(ReportCsv.cell("Phường Bến Nghé")).isEqualTo("Phường Bến Nghé");
    assertThat(ReportCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(ReportCsv.cell("nói \"không\"")).isEqualTo("\"nói \"\"không\"\"\"");
    assertThat(ReportCsv.cell("dòng 1\ndòng 2")).isEqualTo("\"dòng 1\ndòng 2\"");
  }

  @Test
  void aLeadingFormulaCharacterIsNeutralisedButNumbersStayNumbers() {
    assertThat(ReportCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(ReportCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ReportCsv.cell(-3)).isEqualTo("-3");
  }
}
