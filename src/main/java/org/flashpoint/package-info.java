/**
 * The application: {@code FlashpointApplication} starts the server, or one of the offline
 * commands ({@code import}, {@code check}); {@code FlashpointProperties} holds the
 * settings shared by every feature. May use every package; none may use it.
 */
package org.flashpoint;
