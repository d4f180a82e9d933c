package org.flashpoint.event;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Events by key, and by a client's filter through {@link EventRepositoryCustom}. */
public interface EventRepository extends MongoRepository<Event, String>, EventRepositoryCustom {

}
