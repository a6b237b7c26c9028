package vn.gov.congvu.reporting;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The peak rule only when nothing else provides the caps (the epidemic-level register will). */
@Configuration(proxyBeanMethods = false)
class OnSiteCapConfiguration {

  @Bean
  @ConditionalOnMissingBean(OnSiteCaps.class)
  OnSiteCaps peakOnSiteCap() {
    return new PeakOnSiteCap();
  }
}
