package org.flashpoint.statement;

import org.flashpoint.core.OrderDirection;
import org.springframework.data.domain.Sort;

/** How to sort statements; latest first when a client gives no order. */
public record StatementOrder(Field field, OrderDirection direction) {

	static Sort sortOf(StatementOrder order) {
		Field field = (order != null) ? order.field() : Field.MADE_ON;
		OrderDirection direction = (order != null && order.direction() != null) ? order.direction()
				: OrderDirection.DESC;
		return direction.sort(field.property);
	}

	/** The fields a client may sort on; each is set on every statement. */
	public enum Field {

		MADE_ON("madeOn"), CREATED_AT("createdAt");

		private final String property;

		Field(String property) {
			this.property = property;
		}

	}

}
