package org.flashpoint.region;

import java.util.List;

/** Which regions to list, as a client asks in {@code regions(filter:)}. */
public record RegionFilter(String search, List<RegionKind> kinds, List<String> countries) {

}
