/**
 * Regional escalation: the rules that flag a region (change level, surge, threat,
 * fatality record) with the inputs behind each flag. The rules are pure arithmetic over
 * counts, exact at their thresholds; the counts come from the daily rollups. May use the
 * kernel and the features' documents.
 */
package org.flashpoint.escalation;
