package org.flashpoint.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flashpoint.security.*}.
 *
 * @param anonymousRead whether clients without a key may read; when false, reading needs
 * a READER (or higher) key
 * @param adminKey a key to create (or keep) as an ADMIN key at start, so that a new
 * install can issue its first keys; usually given as {@code FLASHPOINT_ADMIN_KEY}
 * @param generateAdminKey when no admin key is given and the database holds no ADMIN key
 * yet, create one at start and print it on the console, once; {@code false} for
 * deployments whose keys come only from configuration
 */
@ConfigurationProperties("flashpoint.security")
public record SecurityProperties(@DefaultValue("true") boolean anonymousRead, String adminKey,
		@DefaultValue("true") boolean generateAdminKey) {

}
