/**
 * What every mutation shares: the checks of its input ({@code InputValidator},
 * {@code StoredValues}, {@code InputReferences}) and the receipts that make a repeated
 * {@code clientMutationId} answer as the first call did. It may use the kernel only.
 */
package org.flashpoint.mutation;
