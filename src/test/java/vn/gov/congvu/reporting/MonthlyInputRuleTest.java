package vn.gov.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What each monthly task may be completed with, exactly as the contract lists it, and the refusals; no Spring. */
class MonthlyInputRuleTest {

  private final MonthlyInputRule rule = new MonthlyInputRule(null);

  @Test
  void eachTaskAcceptsTheContractsVariables() {
    assertThat(rule.acceptedVariables("submit-unit-report")).containsExactlyInAnyOrder("staffInfected",
        "violationsHandled", "safetyCriteriaReviewed", "onSitePercent", "officeAttendanceRatio", "summary",
        "staffInfectedByNonCompliance", "rewardsProposed", "workingRulesReviewed", "workFromHome", "onlineMeetings");
    assertThat(rule.acceptedVariables("consolidate-district-report")).containsExactly("districtSummary");
    assertThat(rule.acceptedVariables("consolidate-monthly-report")).containsExactly("assessment");
    assertThat(rule.acceptedVariables("review-monthly-report")).containsExactly("directions");
  }

  @Test
  void theDistrictProcessIsThisRulesToo() {
    assertThat(rule.appliesTo("monthly-reporting")).isTrue();
    assertThat(rule.appliesTo("district-monthly-report")).isTrue();
    assertThat(rule.appliesTo("travel-approval")).isFalse();
    assertThat(rule.checkCompletion("consolidate-district-report", Map.<String, Object>of()::get, Instant.now()))
        .hasValueSatisfying(r -> assertThat(r).startsWith("districtSummary:"));
    assertThat(rule.checkCompletion("review-monthly-report", Map.<String, Object>of()::get, Instant.now()))
        .isEmpty();
  }

  @Test
  void aFullReportIsAcceptedAndRead() {
    Map<String, Object> report = valid();
    report.putAll(Map.of("staffInfected", 4L, "staffInfectedByNonCompliance", 2, "rewardsProposed", " Khen ",
        "workingRulesReviewed", false, "workFromHome", 30.0, "onlineMeetings", true, "onSitePercent", 25));

    assertThat(refusal(report)).isNull();
    assertThat(UnitSubmissionRule.of(report::get)).isEqualTo(new UnitSubmission(4, 2, 0, "Khen", false, true, 25, 30,
        true, "Đã thực hiện"));
  }

  @Test
  void theOptionalPartsMayBeLeftOutAndAnOlderClientSendsAShare() {
    Map<String, Object> report = valid();
    report.remove("onSitePercent");
    report.put("officeAttendanceRatio", 0.335);
    report.put("rewardsProposed", "");

    assertThat(refusal(report)).isNull();
    assertThat(UnitSubmissionRule.of(report::get)).isEqualTo(new UnitSubmission(0, null, 0, null, null, true, 34,
        null, null, "Đã thực hiện"));
  }

  @Test
  void eachBadFieldIsNamed() {
    assertThat(refusal(with("onSitePercent", 101))).startsWith("onSitePercent:");
    assertThat(refusal(with("onSitePercent", 12.5))).startsWith("onSitePercent:");
    assertThat(refusal(without("onSitePercent"))).startsWith("onSitePercent:");
    assertThat(refusal(with("staffInfectedByNonCompliance", 1))).startsWith("staffInfectedByNonCompliance:")
        .contains("lớn hơn");
    assertThat(refusal(with("workFromHome", -1))).startsWith("workFromHome:");
    assertThat(refusal(with("onlineMeetings", "có"))).startsWith("onlineMeetings:");
    assertThat(refusal(with("workingRulesReviewed", 1))).startsWith("workingRulesReviewed:");
    assertThat(refusal(with("rewardsProposed", "x".repeat(4001)))).startsWith("rewardsProposed:");
    assertThat(refusal(with("summary", " "))).startsWith("summary:");
    assertThat(refusal(without("safetyCriteriaReviewed"))).startsWith("safetyCriteriaReviewed:");
    assertThat(rule.checkCompletion("consolidate-monthly-report", Map.<String, Object>of()::get, Instant.now()))
        .hasValueSatisfying(r -> assertThat(r).startsWith("assessment:"));
  }

  private String refusal(Map<String, Object> report) {
    return rule.checkCompletion("submit-unit-report", report::get, Instant.now()).orElse(null);
  }

  private static Map<String, Object> valid() {
    return new HashMap<>(Map.of("staffInfected", 0, "violationsHandled", 0, "safetyCriteriaReviewed", true,
        "onSitePercent", 30, "summary", " Đã thực hiện "));
  }

  private static Map<String, Object> with(String name, Object value) {
    Map<String, Object> report = valid();
    report.put(name, value);
    return report;
  }

  private static Map<String, Object> without(String name) {
    Map<String, Object> report = valid();
    report.remove(name);
    return report;
  }
}
