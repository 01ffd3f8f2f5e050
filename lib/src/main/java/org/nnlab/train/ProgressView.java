package org.nnlab.train;

/**
 * Shows a training run's progress while it runs. In a notebook the kernel extension supplies a
 * view that updates one output in place (and optionally a live loss curve); elsewhere the default
 * view shows nothing. Implementations throttle their own updates: {@link #step} is called on every
 * optimization step. Every method does nothing by default; a view overrides what it shows.
 */
public interface ProgressView {
    default void start(String title, int epochs, int stepsPerEpoch) {
    }

    default void step(int epoch, long step, double loss) {
    }

    default void epoch(EpochResult result, History history) {
    }

    default void end(History history) {
    }

    /** The run stopped with {@code reason} instead of ending; replaces the progress shown so far. */
    default void stopped(String reason) {
    }

    /** A view that shows nothing. */
    static ProgressView none() {
        return Silent.INSTANCE;
    }

    /** Creates views; the kernel extension installs one with {@link #install}. */
    interface Factory {
        ProgressView create(boolean liveCurve);
    }

    /** Makes {@code factory} the source of default views (called by the notebook kernel extension). */
    static void install(Factory factory) {
        Silent.factory = factory;
    }

    /** A new view from the installed factory, or {@link #none()}. */
    static ProgressView createDefault(boolean liveCurve) {
        return Silent.factory == null ? none() : Silent.factory.create(liveCurve);
    }

    /** The silent view and the installed factory. */
    final class Silent implements ProgressView {
        private static final Silent INSTANCE = new Silent();
        private static volatile Factory factory;

        private Silent() {
        }
    }
}
