package vn.gov.congvu.history;

/**
 * Variables that are copies kept for display only (a Tasklist card's columns): the value they copy has its own
 * history, so theirs would be rows nobody reads, written and deleted with every task.
 */
public interface UnrecordedVariables {

  boolean isUnrecorded(String variableName);
}
