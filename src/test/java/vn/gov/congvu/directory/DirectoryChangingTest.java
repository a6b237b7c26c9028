package vn.gov.congvu.directory;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.congvu.support.ApplicationTest;

/**
 * A test that changes the directory of the shared application: the tables and Camunda's identity at hand, and the
 * demo organization imported again after each test.
 */
abstract class DirectoryChangingTest extends ApplicationTest {

  @Autowired
  protected JdbcTemplate jdbc;
  @Autowired
  protected IdentityService identity;

  @AfterEach
  void restoreTheDemoDirectory() {
    DirectoryFiles.restoreDemo(as("admin"));
  }
}
