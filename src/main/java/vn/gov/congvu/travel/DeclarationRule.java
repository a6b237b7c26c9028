package vn.gov.congvu.travel;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * T3, about the actual return: the health declaration is due a fixed number of clock hours after the requester came
 * back, whatever day they reported the return. Whoever confirms is judged by when they declared; whoever does not is
 * judged by the clock at the deadline, or, when the return was reported so late that the declaration task opens near
 * or past it, a grace period after the task opened (so that nobody is judged before they could confirm).
 */
@Component
record DeclarationRule(TravelSettings settings) {

  /** The deadline of the declaration itself. */
  Date due(Instant returnedAt) {
    return Date.from(returnedAt.plus(hours()));
  }

  /** When the clock records an unconfirmed declaration as late: the deadline, or later if the task opened late. */
  Date checkAt(Instant returnedAt, Instant taskOpened) {
    Instant due = returnedAt.plus(hours());
    Instant confirmable = taskOpened.plus(Duration.ofHours(settings.declarationGraceHours()));
    return Date.from(due.isAfter(confirmable) ? due : confirmable);
  }

  boolean late(Instant declaredAt, Instant returnedAt) {
    return declaredAt.isAfter(returnedAt.plus(hours()));
  }

  private Duration hours() {
    return Duration.ofHours(settings.declarationHours());
  }
}
