package org.flashpoint.timeline;

import org.flashpoint.core.OrderDirection;

import org.springframework.data.domain.Sort;

/**
 * The direction of a timeline by date, as a client asks in {@code timeline(orderBy:)}.
 */
public record TimelineOrder(OrderDirection direction) {

	/** The direction by date; latest first when a client gives none. */
	static Sort.Direction dateDirection(TimelineOrder order) {
		return (order != null && order.direction() == OrderDirection.ASC) ? Sort.Direction.ASC : Sort.Direction.DESC;
	}

}
