package vn.gov.congvu.calendar;

import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.springframework.stereotype.Component;

/** Installs the working-time calendars into the engine for task due dates and timer durations. */
@Component
class WorkCalendarPlugin extends AbstractProcessEnginePlugin {

  private final WorkingTime workingTime;

  WorkCalendarPlugin(WorkingTime workingTime) {
    this.workingTime = workingTime;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    MapBusinessCalendarManager manager = new MapBusinessCalendarManager();
    manager.addBusinessCalendar(DurationBusinessCalendar.NAME,
        new WorkingTimeBusinessCalendar(new DurationBusinessCalendar(), workingTime));
    manager.addBusinessCalendar(DueDateBusinessCalendar.NAME,
        new WorkingTimeBusinessCalendar(new DueDateBusinessCalendar(), workingTime));
    manager.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(manager);
  }
}
