package org.flashpoint.search;

import org.flashpoint.core.NodeDocument;

/**
 * A record {@code search} found, with its relevance.
 *
 * @param node the actor, event or statement
 * @param score relevance from 0 to 1 (see {@link Relevance})
 * @param matched the record's own text that matched best, verbatim
 */
public record SearchHit(NodeDocument node, double score, String matched) {

}
