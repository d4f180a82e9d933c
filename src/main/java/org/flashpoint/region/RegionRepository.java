package org.flashpoint.region;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface RegionRepository extends MongoRepository<Region, String> {

	List<Region> findByParentIdIn(List<String> parentIds);

}
