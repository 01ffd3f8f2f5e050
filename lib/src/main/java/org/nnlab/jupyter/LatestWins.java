package org.nnlab.jupyter;

import java.util.function.Consumer;

/**
 * Runs an action for the latest offered value, at most one run at a time: a value offered while
 * a run is going replaces any value still waiting, and the running caller runs it when its run
 * ends. So a drag that sends twenty values during one slow re-run costs one more re-run, with the
 * last value, not twenty. Offers from inside the action (a control set by the experiment) are
 * queued the same way instead of recursing.
 */
final class LatestWins<T> {
    private final Consumer<T> action;
    private T waiting;
    private boolean running;

    LatestWins(Consumer<T> action) {
        this.action = action;
    }

    /**
     * Runs the action with {@code value} now, then with whatever arrived meanwhile, unless a run is
     * already going (in another thread, or further up this one): then {@code value} waits for it.
     */
    void offer(T value) {
        synchronized (this) {
            waiting = value;
            if (running) {
                return;
            }
            running = true;
        }
        boolean done = false;
        try {
            while (true) {
                T next;
                synchronized (this) {
                    if (waiting == null) {
                        running = false; // in the same lock as the check, so no offer slips in between
                        done = true;
                        return;
                    }
                    next = waiting;
                    waiting = null;
                }
                action.accept(next);
            }
        } finally {
            if (!done) {
                synchronized (this) {
                    running = false;
                }
            }
        }
    }
}
