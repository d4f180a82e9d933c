package org.flashpoint.core;

import org.springframework.data.domain.Sort;

/** How to sort records that have a name: actors, regions, sources. */
public record NameOrder(Field field, OrderDirection direction) {

	public static Sort sortOf(NameOrder order) {
		Field field = (order != null) ? order.field() : Field.NAME;
		OrderDirection direction = (order != null && order.direction() != null) ? order.direction()
				: OrderDirection.ASC;
		return direction.sort(field.property);
	}

	/** The fields a client may sort on; each is set on every actor, region and source. */
	public enum Field {

		NAME("name"), CREATED_AT("createdAt");

		private final String property;

		Field(String property) {
			this.property = property;
		}

	}

}
