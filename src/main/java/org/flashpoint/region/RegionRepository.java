package org.flashpoint.region;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Regions by key and by parent, and by a client's filter through
 * {@link RegionRepositoryCustom}.
 */
public interface RegionRepository extends MongoRepository<Region, String>, RegionRepositoryCustom {

	List<Region> findByParentIdIn(List<String> parentIds);

}
