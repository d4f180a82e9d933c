package org.flashpoint.change;

import org.springframework.data.repository.Repository;

/**
 * Reads of the change feed. Only reads: entries are written by {@link ChangeLog} in the
 * same step as the record they describe.
 */
interface ChangeRepository extends Repository<Change, Long>, ChangeRepositoryCustom {

}
