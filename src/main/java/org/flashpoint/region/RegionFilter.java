package org.flashpoint.region;

import java.util.List;

/** Which regions to list, as a client asks in {@code regions(filter:)}. */
public record RegionFilter(List<RegionKind> kinds, List<String> countries) {

}
