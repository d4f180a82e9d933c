package org.flashpoint.statement;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Statements by key, and by a client's filter through {@link StatementRepositoryCustom}.
 */
public interface StatementRepository extends MongoRepository<Statement, String>, StatementRepositoryCustom {

}
