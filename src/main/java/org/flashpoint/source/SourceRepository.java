package org.flashpoint.source;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Sources by key, and pages of them through {@link SourceRepositoryCustom}. */
public interface SourceRepository extends MongoRepository<Source, String>, SourceRepositoryCustom {

}
