package org.flashpoint.actor;

import java.time.LocalDate;

/**
 * A position an actor held, such as "President" of the Russian state.
 *
 * @param organizationId key of the actor (state, government, organisation) the role is
 * held in
 */
public record ActorRole(String title, String organizationId, LocalDate from, LocalDate to) {

}
