package org.nnlab.nn;

/**
 * Whether a forward pass is part of training or of evaluation. Passed explicitly to every
 * {@link Layer#forward} call (nnlab keeps no hidden train/eval switch on the network).
 *
 * <ul>
 *   <li>{@link #TRAIN}: dropout and dropconnect draw fresh masks; batch norm normalizes with the
 *       batch's own statistics and updates its running estimates.</li>
 *   <li>{@link #EVAL}: every layer is deterministic; dropout is the identity, dropconnect uses the
 *       expected weights, batch norm uses its running estimates and changes nothing.</li>
 * </ul>
 */
public enum Mode {
    TRAIN,
    EVAL
}
