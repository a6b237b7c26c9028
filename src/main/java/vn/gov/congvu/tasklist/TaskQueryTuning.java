package vn.gov.congvu.tasklist;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the unit task list needs at a city's scale, measured by the benchmark (README): every Tasklist query checks
 * the caller's authorizations by user or by group, and the engine indexes the group column only, so without an index
 * on the user column each page read the whole authorization table (a row per open task). On PostgreSQL the candidate
 * group column also keeps finer statistics, so the planner sees how few of a city's tasks one unit's heads hold.
 * Applied after the engine has created its tables, idempotently; a failure costs speed, never correctness.
 */
@Component
public class TaskQueryTuning implements SmartInitializingSingleton {

  static final String AUTHORIZATION_USER_INDEX = "ix_act_authorization_user";

  private static final Logger LOG = LoggerFactory.getLogger(TaskQueryTuning.class);

  private final JdbcTemplate jdbc;
  private final boolean postgres;

  TaskQueryTuning(JdbcTemplate jdbc, ProcessEngine engine) {
    this.jdbc = jdbc;
    this.postgres = "postgres".equals(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDatabaseType());
  }

  @Override
  public void afterSingletonsInstantiated() {
    apply();
  }

  public void apply() {
    try {
      jdbc.execute("CREATE INDEX IF NOT EXISTS " + AUTHORIZATION_USER_INDEX + " ON ACT_RU_AUTHORIZATION (USER_ID_)");
      if (postgres) {
        jdbc.execute("ALTER TABLE ACT_RU_IDENTITYLINK ALTER COLUMN GROUP_ID_ SET STATISTICS 1000");
      }
    } catch (DataAccessException e) {
      LOG.warn("Task list tuning not applied (the task list stays correct, only slower): {}", e.getMessage());
    }
  }
}
