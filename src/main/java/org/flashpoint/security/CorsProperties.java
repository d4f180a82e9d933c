package org.flashpoint.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flashpoint.cors.*}: which browser origins may call the API (frontend apps).
 *
 * @param allowedOrigins origins such as {@code https://app.example.org}, or patterns such
 * as {@code https://*.example.org}; none by default, so browsers on other origins are
 * refused until configured
 */
@ConfigurationProperties("flashpoint.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins) {

}
