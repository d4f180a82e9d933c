package org.flashpoint.core;

import org.springframework.data.domain.Sort;

/** Sort direction, as clients choose it in {@code orderBy}. */
public enum OrderDirection {

	ASC, DESC;

	public Sort sort(String property) {
		return Sort.by((this == ASC) ? Sort.Direction.ASC : Sort.Direction.DESC, property);
	}

}
