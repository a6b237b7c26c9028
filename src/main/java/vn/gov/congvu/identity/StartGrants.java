package vn.gov.congvu.identity;

import java.util.List;

/**
 * Who may start a process (and see its definition), declared by the feature that owns the process; the identity
 * setup keeps these grants in place with the application's own.
 */
public interface StartGrants {

  List<Grant> startGrants();
}
