package org.flashpoint.core;

import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;

/** How the filters combine their conditions into one query criterion. */
public final class Conditions {

	private Conditions() {
	}

	/**
	 * All of the conditions; every document when there are none ({@code $and} of an empty
	 * list is an error in MongoDB).
	 */
	public static Criteria allOf(List<Criteria> parts) {
		return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
	}

}
