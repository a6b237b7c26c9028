package vn.gov.congvu.reporting;

import org.springframework.dao.DataIntegrityViolationException;

/** Recognises the losing side of two starts of one period: its insert of the period's key failed. */
final class DuplicatePeriod {

  private DuplicatePeriod() {
  }

  static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof DataIntegrityViolationException || t instanceof java.sql.SQLIntegrityConstraintViolationException
          || (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }
}
