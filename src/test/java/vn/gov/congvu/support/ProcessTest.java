package vn.gov.congvu.support;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A {@code <Name>ProcessTest}: the whole application, camunda-bpm-assert bound to its engine, the coverage gate
 * listening (in the process-test JVM, see {@link ProcessCoverage}), and a clock in Vietnam time that each test sets
 * and that is reset after it.
 */
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class ProcessTest extends ApplicationTest {

  protected static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired
  protected ProcessEngine engine;
  @Autowired
  protected JdbcTemplate jdbc;

  @BeforeEach
  void bindAssertions() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  protected static void setClock(LocalDateTime time) {
    ClockUtil.setCurrentTime(at(time));
  }

  protected static Date at(LocalDateTime time) {
    return Date.from(time.atZone(VN).toInstant());
  }

  /** Who the process wrote a notification of this kind for, in the outbox. */
  protected List<String> outbox(ProcessInstance instance, String kind) {
    return jdbc.queryForList("SELECT recipient FROM notification_outbox WHERE process_instance_id = ? AND kind = ?",
        String.class, instance.getId(), kind);
  }
}
