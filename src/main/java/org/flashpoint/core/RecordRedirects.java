package org.flashpoint.core;

import java.util.Collection;
import java.util.Map;

/**
 * Where records that no longer exist under their own key went: an actor merged into
 * another keeps resolving, as the kept one, from the old id.
 */
public interface RecordRedirects {

	/**
	 * For those of the keys whose record was merged away: the key of the record it went
	 * into.
	 */
	Map<String, String> redirects(Class<? extends NodeDocument> type, Collection<String> keys);

}
