package vn.gov.congvu.web;

/** Text as people type it: what may never be stored (a NUL breaks PostgreSQL's text columns). */
public final class Texts {

  private Texts() {
  }

  /** C0 controls and DEL, except tab and line breaks, which a multi-line text may hold. */
  public static boolean hasControlCharacter(String text) {
    return text != null
        && text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F);
  }
}
