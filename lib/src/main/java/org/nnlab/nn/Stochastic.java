package org.nnlab.nn;

/**
 * A layer that draws random masks in {@link Mode#TRAIN} (dropout, dropconnect), or a container of
 * such layers.
 */
public interface Stochastic {
    /**
     * While frozen, TRAIN forward passes reuse the last mask (drawing one if there is none yet, or if
     * the batch shape changed) instead of drawing a fresh one. For gradient checks and
     * demonstrations; training wants fresh masks.
     */
    void freezeMask(boolean frozen);
}
