package vn.gov.congvu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.congvu.support.ApplicationTest;

class DashboardIndexesTest extends ApplicationTest {

  @Autowired
  DashboardIndexes indexes;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theInstanceKeyAndStartIndexIsThereAfterStartupAndASecondApplyChangesNothing() {
    assertThat(columns()).isEqualTo(2);
    indexes.apply(); // as on the next start of an existing database
    assertThat(columns()).isEqualTo(2);
  }

  /** The index's columns: two once it exists, however often it was asked for. */
  private Integer columns() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE UPPER(INDEX_NAME) = ?",
        Integer.class, DashboardIndexes.INSTANCE_KEY_START_INDEX.toUpperCase());
  }
}
