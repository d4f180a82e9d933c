package org.flashpoint.analytics;

import org.flashpoint.event.QuadClass;

/** How many of an interaction's events and statements fall into one CAMEO quad class. */
record QuadClassCount(QuadClass quadClass, int count) {

}
