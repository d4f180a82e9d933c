package org.flashpoint;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Top-level settings under {@code flashpoint.*}; each feature binds its own nested group
 * (for example {@code flashpoint.embedded}).
 *
 * @param seed load the demo dataset into an empty database at start
 */
@ConfigurationProperties("flashpoint")
public record FlashpointProperties(@DefaultValue("true") boolean seed) {

}
