package org.flashpoint.source;

/** What kind of outlet a source is. */
public enum SourceKind {

	NEWS_AGENCY, NEWSPAPER, BROADCASTER, WEBSITE, GOVERNMENT, ORGANIZATION, DATASET, OTHER

}
