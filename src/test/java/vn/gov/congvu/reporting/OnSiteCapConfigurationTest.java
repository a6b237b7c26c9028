package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The 2021 peak rule applies only when nothing else provides the on-site caps. */
class OnSiteCapConfigurationTest {

  private static final ReportPeriod PERIOD = ReportPeriod.parse("2026-11").orElseThrow();

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(OnSiteCapConfiguration.class);

  @Test
  void withoutAnotherSourceEveryUnitHasTheOneThirdCap() {
    context.run(app -> assertThat(app.getBean(OnSiteCaps.class).capPercent("ben-nghe", PERIOD)).isEqualTo(33));
  }

  @Test
  void aConfiguredSourceReplacesIt() {
    context.withBean(OnSiteCaps.class, () -> (unitId, period) -> 50)
        .run(app -> assertThat(app.getBean(OnSiteCaps.class).capPercent("ben-nghe", PERIOD)).isEqualTo(50));
  }
}
