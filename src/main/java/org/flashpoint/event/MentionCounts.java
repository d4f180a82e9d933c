package org.flashpoint.event;

/** How much coverage an event drew, as GDELT counts it. */
public record MentionCounts(Integer mentions, Integer sources, Integer articles) {

}
