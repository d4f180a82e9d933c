package org.flashpoint.event;

import org.flashpoint.core.OrderDirection;
import org.springframework.data.domain.Sort;

/** How to sort events; latest first when a client gives no order. */
public record EventOrder(Field field, OrderDirection direction) {

	static final EventOrder LATEST_FIRST = new EventOrder(Field.OCCURRED_ON, OrderDirection.DESC);

	static Sort sortOf(EventOrder order) {
		EventOrder effective = (order != null) ? order : LATEST_FIRST;
		OrderDirection direction = (effective.direction() != null) ? effective.direction() : OrderDirection.DESC;
		return direction.sort(effective.field().property);
	}

	/**
	 * The fields a client may sort on; each is set on every event, so keyset cursors
	 * never meet a null.
	 */
	public enum Field {

		OCCURRED_ON("occurredOn"), CREATED_AT("createdAt"), UPDATED_AT("updatedAt");

		private final String property;

		Field(String property) {
			this.property = property;
		}

	}

}
