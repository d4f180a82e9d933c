package org.flashpoint.ingest;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ImportJobRepository extends MongoRepository<ImportJob, String> {

}
