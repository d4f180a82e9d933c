/**
 * API keys (stored hashed), roles, Spring Security's configuration, the first admin key,
 * WebSocket key checks and introspection access. Features ask it who the caller is.
 */
package org.flashpoint.security;
