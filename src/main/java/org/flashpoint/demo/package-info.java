/**
 * The demo dataset and the seed loader that writes it into an empty database at start
 * ({@code flashpoint.seed=true}). May use the feature documents it seeds; nothing imports
 * it.
 */
package org.flashpoint.demo;
