package org.flashpoint.analytics;

import java.time.LocalDate;
import java.util.List;

import org.flashpoint.actor.Actor;

/**
 * What one actor did with another: the events both took part in and the statements one
 * addressed to the other, over a date range.
 *
 * @param counterpartId key of the other actor
 * @param count events plus statements
 * @param firstContact the earliest date of any of them
 * @param lastContact the latest date of any of them
 * @param meanGoldstein the mean Goldstein score of those that have one; {@code null} when
 * none has
 * @param byQuadClass the count split by quad class, in the enum's order, classes without
 * any left out
 * @param counterpart the other actor's record when it was read with the interaction;
 * {@code null} when only its key is known
 */
record Interaction(String counterpartId, int count, LocalDate firstContact, LocalDate lastContact, Double meanGoldstein,
		List<QuadClassCount> byQuadClass, Actor counterpart) {

	/** The interaction with the record of its counterpart, read along with it. */
	Interaction withCounterpart(Actor actor) {
		return new Interaction(this.counterpartId, this.count, this.firstContact, this.lastContact, this.meanGoldstein,
				this.byQuadClass, actor);
	}

}
