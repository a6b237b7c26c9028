package vn.gov.congvu.directory;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers of the first-login page and its calls: scripts and styles from the application only (nothing inline), no
 * framing, no referrer (the address holds no token, but nothing leaks if it did), nothing cached.
 */
@Configuration
class PasswordPageHeaders {

  static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
      + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> passwordPageHeaderFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            response.setHeader("Content-Security-Policy", POLICY);
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Cache-Control", "no-store");
            chain.doFilter(request, response);
          }
        });
    registration.addUrlPatterns("/mat-khau", "/mat-khau/*", "/account/*");
    return registration;
  }
}
