package org.flashpoint.actor;

/** What kind of actor: a person, a state, an armed group ... */
public enum ActorKind {

	PERSON, STATE, GOVERNMENT, ARMED_GROUP, ORGANIZATION, MEDIA, IGO, OTHER

}
