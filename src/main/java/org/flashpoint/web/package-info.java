/**
 * Plumbing for the HTML pages the app serves itself (GraphiQL, the dashboard): where a
 * WebJar's file is, and the headers every such page is sent with. Imports no feature.
 */
package org.flashpoint.web;
