package org.flashpoint.activity;

import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * {@code rebuildRollups} (ADMIN): the {@code rollups --rebuild} command for a running
 * server, for operators who changed the region tree.
 */
@Controller
class RollupsMutations {

	private final ActivityRebuild rebuild;

	private final ActivityRollups rollups;

	RollupsMutations(ActivityRebuild rebuild, ActivityRollups rollups) {
		this.rebuild = rebuild;
		this.rollups = rollups;
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	public RebuildRollupsPayload rebuildRollups() {
		long events = this.rebuild.rebuild();
		return new RebuildRollupsPayload(events, this.rollups.cellCount());
	}

	/**
	 * What a rebuild counted.
	 *
	 * @param events the events counted
	 * @param cells the cells written
	 */
	record RebuildRollupsPayload(long events, long cells) {

	}

}
