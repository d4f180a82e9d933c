package org.flashpoint.actor;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Actors by key, and by a client's filter through {@link ActorRepositoryCustom}. */
public interface ActorRepository extends MongoRepository<Actor, String>, ActorRepositoryCustom {

}
