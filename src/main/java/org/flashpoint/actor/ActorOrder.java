package org.flashpoint.actor;

import org.flashpoint.graphql.OrderDirection;
import org.springframework.data.domain.Sort;

/** How to sort actors; by name when a client gives no order. */
public record ActorOrder(Field field, OrderDirection direction) {

	static Sort sortOf(ActorOrder order) {
		Field field = (order != null) ? order.field() : Field.NAME;
		OrderDirection direction = (order != null && order.direction() != null) ? order.direction()
				: OrderDirection.ASC;
		return direction.sort(field.property);
	}

	/** The fields a client may sort on; each is set on every actor. */
	public enum Field {

		NAME("name"), CREATED_AT("createdAt");

		private final String property;

		Field(String property) {
			this.property = property;
		}

	}

}
