package vn.gov.congvu.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A webapp's address without an engine ({@code /camunda/app/tasklist/?lang=en}, as the README writes it) is
 * redirected by Camunda to {@code …/default/} without its query, so the language asked for was lost before the
 * page could read it. Here the same redirect keeps the query.
 */
@Configuration
class WebappLanguageRedirect {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappLanguageRedirectFilter(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    Pattern withoutEngine = Pattern.compile(Pattern.quote(applicationPath) + "/app/(\\w+)/?");
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        Matcher app = withoutEngine.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if ("GET".equals(request.getMethod()) && request.getQueryString() != null && app.matches()) {
          response.sendRedirect(request.getContextPath() + applicationPath + "/app/" + app.group(1) + "/default/?"
              + request.getQueryString());
          return;
        }
        chain.doFilter(request, response);
      }
    });
    registration.addUrlPatterns(applicationPath + "/app/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
