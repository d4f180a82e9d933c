package org.flashpoint.event;

/** How precisely a date is known. */
public enum DatePrecision {

	DAY, WEEK, MONTH, YEAR

}
