package vn.gov.congvu.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.congvu.support.ApplicationTest;

class TaskQueryTuningTest extends ApplicationTest {

  @Autowired
  TaskQueryTuning tuning;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theAuthorizationUserIndexIsThereAfterStartupAndASecondApplyChangesNothing() {
    assertThat(indexes()).isEqualTo(1);
    tuning.apply();
    assertThat(indexes()).isEqualTo(1);
  }

  private Integer indexes() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE UPPER(INDEX_NAME) = ?",
        Integer.class, TaskQueryTuning.AUTHORIZATION_USER_INDEX.toUpperCase());
  }
}
