package vn.gov.congvu.tasklist;

import org.springframework.stereotype.Component;

import vn.gov.congvu.history.UnrecordedVariables;

/** A card's column copies have no history of their own: the process variable they copy has it. */
@Component
class CardCopiesUnrecorded implements UnrecordedVariables {

  @Override
  public boolean isUnrecorded(String variableName) {
    return FilterColumn.isCopy(variableName);
  }
}
