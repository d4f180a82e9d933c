package org.flashpoint.escalation;

import org.flashpoint.region.Region;

/**
 * A flag of a region as an alert subscriber sees it: first its state when the
 * subscription starts, then each time it fires or clears.
 *
 * @param changed {@code false} for the state pushed when the subscription starts
 * @param cursor the change-feed entry after which the flag changed; for the first state,
 * the last entry when the subscription started ({@code null} for an empty feed)
 */
record EscalationAlert(Region region, EscalationRule rule, boolean active, boolean changed, Escalation escalation,
		String cursor) {

}
