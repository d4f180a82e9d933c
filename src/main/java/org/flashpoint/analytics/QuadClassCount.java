package org.flashpoint.analytics;

import org.flashpoint.reference.cameo.QuadClass;

/** How many of an interaction's events and statements fall into one CAMEO quad class. */
record QuadClassCount(QuadClass quadClass, int count) {

}
