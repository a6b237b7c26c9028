package vn.gov.congvu.dashboard;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the dashboard needs at a city's scale, measured by the benchmark (README): each figure reads the instances of
 * one process started in the range, and the engine indexes the definition key and the start time apart, so with a
 * year of history PostgreSQL combined the two (every instance of the process, then the range) or guessed a handful of
 * rows. One index on both reads exactly the instances of the range.
 * <p>
 * The engine creates and upgrades its own tables, and Flyway may run before it on a new database (application.yaml),
 * so no migration can index them: this runs once the engine (hence its schema) exists, on every start, idempotently
 * ({@code IF NOT EXISTS}, on H2 and PostgreSQL alike), so an existing database gets it on its next start. A failure
 * costs speed, never correctness.
 */
@Component
class DashboardIndexes implements SmartInitializingSingleton {

  static final String INSTANCE_KEY_START_INDEX = "ix_act_hi_procinst_key_start";

  private static final Logger LOG = LoggerFactory.getLogger(DashboardIndexes.class);

  private final JdbcTemplate jdbc;

  /** The engine only to be created after it: its schema is there once the bean is. */
  DashboardIndexes(JdbcTemplate jdbc, ProcessEngine engine) {
    this.jdbc = jdbc;
  }

  @Override
  public void afterSingletonsInstantiated() {
    apply();
  }

  void apply() {
    try {
      jdbc.execute("CREATE INDEX IF NOT EXISTS " + INSTANCE_KEY_START_INDEX
          + " ON ACT_HI_PROCINST (PROC_DEF_KEY_, START_TIME_)");
    } catch (DataAccessException e) {
      LOG.warn("Dashboard index not created (the figures stay correct, only slower): {}", e.getMessage());
    }
  }
}
