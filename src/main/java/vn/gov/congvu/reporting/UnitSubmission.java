package vn.gov.congvu.reporting;

/**
 * What a head submits for their unit (contract, seeds 000 and 002): infections among staff and how many came from
 * not following the rules, violations handled, rewards proposed, whether the working rules and the safety criteria
 * were reviewed, and the operating mode (on-site share, staff working from home, online meetings). The optional
 * parts are null when not given.
 */
public record UnitSubmission(int staffInfected, Integer staffInfectedByNonCompliance, int violationsHandled,
    String rewardsProposed, Boolean workingRulesReviewed, boolean safetyCriteriaReviewed, int onSitePercent,
    Integer workFromHome, Boolean onlineMeetings, String summary) {
}
