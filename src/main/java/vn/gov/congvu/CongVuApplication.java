package vn.gov.congvu;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Hệ thống điều hành công vụ: Camunda 7 processes for COVID-19 staff discipline rules. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class CongVuApplication {

  /** Cron timers and deadlines are read in the JVM zone; the rules are Vietnamese whatever the host says. */
  public static final String ZONE = "Asia/Ho_Chi_Minh";

  static {
    fixTimeZone();
  }

  public static void main(String[] args) {
    SpringApplication.run(CongVuApplication.class, args);
  }

  static void fixTimeZone() {
    System.setProperty("user.timezone", ZONE);
    TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
  }
}
