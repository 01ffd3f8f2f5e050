package org.nnlab.train;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.nn.Layer;
import org.nnlab.nn.Param;

/** A copy of a network's parameters and state that can be written back later. */
public final class Snapshot {
    private final List<Param> targets;
    private final List<DMatrixRMaj> copies;

    private Snapshot(List<Param> targets, List<DMatrixRMaj> copies) {
        this.targets = targets;
        this.copies = copies;
    }

    /** Copies every parameter and state matrix of {@code network}. */
    public static Snapshot of(Layer network) {
        List<Param> targets = new ArrayList<>(network.params());
        targets.addAll(network.state());
        List<DMatrixRMaj> copies = targets.stream().map(p -> p.value().copy()).toList();
        return new Snapshot(targets, copies);
    }

    /** Writes the copied values back into the network they came from. */
    public void restore() {
        for (int i = 0; i < targets.size(); i++) {
            targets.get(i).value().setTo(copies.get(i));
        }
    }
}
