package org.nnlab.probe;

/** One conclusion of a {@link LossCurveDiagnosis}: what was found, the numbers behind it, and what to try. */
public record Finding(Kind kind, String evidence, String advice) {

    /** The patterns the diagnosis recognizes. */
    public enum Kind {
        NOT_LEARNING("not learning"),
        LEARNING_RATE_TOO_HIGH("learning rate too high"),
        LEARNING_RATE_TOO_LOW("learning rate too low"),
        /** The loss went up from the first step: a reversed update (gradient ascent) or a rate far too high. */
        LOSS_RISES("loss rises from the start"),
        /** The loss became NaN or infinite without blowing up first: a log, division or exp in the code, not the rate. */
        NUMERICAL_ERROR("numerical error"),
        /** A long flat stretch at the start, then the loss falls: e.g. an initialization that is too small. */
        SLOW_START("slow start"),
        OVERFITTING("overfitting"),
        UNDERFITTING("underfitting"),
        NO_SHUFFLING("data not shuffled"),
        SEED_VARIANCE("large variance across seeds"),
        PLATEAU("plateau"),
        /** The history does not allow a verdict (empty, too short, aborted, non-finite validation): says why. */
        CANNOT_JUDGE("cannot judge");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
