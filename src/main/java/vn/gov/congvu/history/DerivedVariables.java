package vn.gov.congvu.history;

import java.util.Set;

/**
 * Variables a process works out itself (from the directory, the rules, the calendar or other variables), declared
 * by the feature that owns the process: their history keeps the last value only, without a row per change.
 */
public interface DerivedVariables {

  String processKey();

  Set<String> derivedVariables();
}
