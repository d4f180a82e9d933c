package org.flashpoint.source;

/** The dataset a record came from. */
public enum SourceSystem {

	GDELT, ACLED, UCDP, MANUAL

}
