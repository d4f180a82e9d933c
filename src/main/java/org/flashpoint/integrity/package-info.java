/**
 * Referential integrity: {@code java -jar flashpoint.jar check} and the ADMIN query
 * {@code integrityReport} verify that every reference between stored records resolves (an
 * event's actors, region, outlets and linked events; a statement's speaker, addressees,
 * mentions and events; an actor's affiliations and organisations; a region's parent; a
 * merged actor's successor) and count what each collection holds.
 */
package org.flashpoint.integrity;
