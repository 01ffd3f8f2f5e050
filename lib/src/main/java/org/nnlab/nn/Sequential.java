package org.nnlab.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.linalg.Finite;
import org.nnlab.random.Rng;

/**
 * A chain of layers, each feeding the next; itself a {@link Layer}, so it nests (e.g. as the block
 * of a {@link Residual}).
 *
 * <p><b>Construction</b> checks the chain's widths ({@link Layer#outputSize}) and names every layer
 * {@code <name>_<k>}, counting per name, Keras style: {@code dense_1, relu_1, dense_2, ...}. Its
 * {@link #params()} and {@link #state()} are its layers', prefixed with the layer name
 * ({@code dense_1.W}); the lists and their {@link Param} objects are fixed for the network's life.
 *
 * <p><b>Initialization</b>: layers with random parameters or masks start uninitialized
 * ({@link #isInitialized()} is false) and forward throws until their weights are set
 * ({@link #initialize(long)}, {@code ModelFile.load} or {@link Param#set}).
 * {@code initialize(rng)} gives each layer the stream {@code rng.split(layerName)}, so a layer's
 * numbers depend only on the seed and its name; {@link #initializeMissing} does the same for the
 * layers that lack something and leaves set weights alone.
 *
 * <p><b>Diagnostics</b>: after a forward pass {@link #layerOutputs()} holds each layer's output,
 * after a backward pass {@link #layerInputGradients()} each layer's dLoss/dInput and
 * {@link #layerOutputGradients()} each layer's dLoss/dOutput (the layers' own reused buffers: read
 * them, copy to keep); {@link #firstNonFinite()} names the first layer that produced NaN or
 * infinity. Training runs {@link #backwardWithoutInputGradient}, which leaves out the gradients no
 * parameter needs (null entries).
 */
public final class Sequential extends BaseLayer implements Stochastic {
    private final int inputSize;
    private final List<Layer> layers;
    private final int[] outputSizes;
    private final List<Param> params;
    private final List<Param> state;
    private final List<DMatrixRMaj> outputs;
    private final List<DMatrixRMaj> inputGradients;
    private final List<DMatrixRMaj> outputGradients;
    /** Index of the first layer with trainable parameters (the number of layers if none has any). */
    private final int firstTrainable;
    private boolean gradientsCurrent;

    private Sequential(int inputSize, List<Layer> layers, boolean numberNames) {
        super("sequential");
        Require.atLeast(name(), "inputSize", inputSize, 1);
        Require.that(!layers.isEmpty(), name(), "the number of layers", ">= 1", 0);
        requireDistinct(layers);
        this.inputSize = inputSize;
        this.layers = List.copyOf(layers);
        if (numberNames) {
            numberNames(this.layers);
        }
        this.outputSizes = new int[layers.size()];
        int width = inputSize;
        for (int i = 0; i < layers.size(); i++) {
            width = layers.get(i).outputSize(width);
            outputSizes[i] = width;
        }
        this.params = prefixed(this.layers, true);
        this.state = prefixed(this.layers, false);
        this.outputs = new ArrayList<>(Collections.nCopies(layers.size(), null));
        this.inputGradients = new ArrayList<>(Collections.nCopies(layers.size(), null));
        this.outputGradients = new ArrayList<>(Collections.nCopies(layers.size(), null));
        int first = 0;
        while (first < layers.size() && layers.get(first).params().stream().noneMatch(Param::isTrainable)) {
            first++;
        }
        this.firstTrainable = first;
    }

    /**
     * A network whose input width is the first layer's {@link Layer#fixedInputSize()} (e.g. the
     * first dense layer's inputs). Use {@link #of(int, Layer...)} when it starts with a layer that
     * takes any width.
     */
    public static Sequential of(Layer... layers) {
        Require.that(layers.length > 0, "sequential", "the number of layers", ">= 1", 0);
        OptionalInt inputSize = layers[0].fixedInputSize();
        Require.that(inputSize.isPresent(), "sequential", "the first layer", "one with a fixed input width",
                layers[0].name() + " (takes any width)", "give the input width: Sequential.of(inputSize, layers...)");
        return of(inputSize.getAsInt(), layers);
    }

    /** A network taking {@code inputSize} input features. */
    public static Sequential of(int inputSize, Layer... layers) {
        return new Sequential(inputSize, Arrays.asList(layers), true);
    }

    /** A fluent builder: {@code Sequential.builder(784).dense(256, Init.he()).relu().dense(10, Init.xavier()).build()}. */
    public static SequentialBuilder builder(int inputSize) {
        return new SequentialBuilder(inputSize);
    }

    private static void requireDistinct(List<Layer> layers) {
        Set<Layer> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Layer layer : layers) {
            Require.notNull("sequential", "a layer", layer);
            Require.that(seen.add(layer), "sequential", "each layer", "a distinct object", layer.name() + " twice",
                    "layers keep per-call buffers and cannot be shared; create a new layer for each place");
        }
    }

    private static void numberNames(List<Layer> layers) {
        Map<String, Integer> counts = new HashMap<>();
        for (Layer layer : layers) {
            int k = counts.merge(layer.name(), 1, Integer::sum);
            layer.setName(layer.name() + "_" + k);
        }
    }

    private static List<Param> prefixed(List<Layer> layers, boolean trainable) {
        List<Param> all = new ArrayList<>();
        for (Layer layer : layers) {
            for (Param p : trainable ? layer.params() : layer.state()) {
                all.add(p.withName(layer.name() + "." + p.name()));
            }
        }
        return List.copyOf(all);
    }

    /** The layers, in order. */
    public List<Layer> layers() {
        return layers;
    }

    /** The {@link Dense} layers, in order (the first is the input layer's weights). */
    public List<Dense> denseLayers() {
        return layers.stream().filter(Dense.class::isInstance).map(Dense.class::cast).toList();
    }

    /** The layer called {@code name}; throws if there is none. */
    public Layer layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException(Require.message(name(), "the layer name",
                        "one of " + layers.stream().map(Layer::name).toList(), name, null)));
    }

    /** The number of input features. */
    public int inputSize() {
        return inputSize;
    }

    /** The number of output features. */
    public int outputSize() {
        return outputSizes[outputSizes.length - 1];
    }

    @Override
    public int outputSize(int inputSize) {
        requireInputSize(inputSize, this.inputSize);
        return outputSize();
    }

    @Override
    public OptionalInt fixedInputSize() {
        return OptionalInt.of(inputSize);
    }

    /** True when every layer is. */
    @Override
    public boolean isInitialized() {
        return layers.stream().allMatch(Layer::isInitialized);
    }

    @Override
    void initializeFrom(Rng rng) {
        for (Layer layer : layers) {
            layer.initialize(rng.split(layer.name()));
        }
    }

    /** Each layer's {@link Layer#initializeMissing} on the stream {@code rng.split(layerName)}. */
    @Override
    public void initializeMissing(Rng rng) {
        for (Layer layer : layers) {
            layer.initializeMissing(rng.split(layer.name()));
        }
    }

    /** Freezes or unfreezes the masks of every stochastic layer inside. */
    @Override
    public void freezeMask(boolean frozen) {
        for (Layer layer : layers) {
            if (layer instanceof Stochastic stochastic) {
                stochastic.freezeMask(frozen);
            }
        }
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj x, Mode mode) {
        requireColumns(x, inputSize);
        gradientsCurrent = false;
        DMatrixRMaj current = x;
        for (int i = 0; i < layers.size(); i++) {
            current = layers.get(i).forward(current, mode);
            outputs.set(i, current);
        }
        return current;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj gradOutput) {
        return backward(gradOutput, false);
    }

    /**
     * The backward pass of training: the parameter gradients of {@link #backward}, bit for bit,
     * without the gradients no parameter needs. Layers before the first one with trainable parameters
     * are skipped and that one leaves out its input gradient where it can
     * ({@link Layer#backwardWithoutInputGradient}); the entries of skipped gradients in
     * {@link #layerInputGradients()} and {@link #layerOutputGradients()} are null. Returns dLoss/dInput
     * if the first layer computed it anyway, else null.
     */
    @Override
    public DMatrixRMaj backwardWithoutInputGradient(DMatrixRMaj gradOutput) {
        return backward(gradOutput, true);
    }

    private DMatrixRMaj backward(DMatrixRMaj gradOutput, boolean parametersOnly) {
        int last = layers.size() - 1;
        DMatrixRMaj output = outputs.get(last);
        requireGradient(gradOutput, output, output);
        int first = parametersOnly ? firstTrainable : 0;
        DMatrixRMaj current = gradOutput;
        for (int i = last; i >= 0; i--) {
            if (i < first) {
                outputGradients.set(i, null);
                inputGradients.set(i, null);
                continue;
            }
            outputGradients.set(i, current);
            Layer layer = layers.get(i);
            current = parametersOnly && i == first ? layer.backwardWithoutInputGradient(current) : layer.backward(current);
            inputGradients.set(i, current);
        }
        gradientsCurrent = true;
        return first == 0 ? current : null;
    }

    /** All layers' trainable parameters, named {@code <layer>.<param>}. */
    @Override
    public List<Param> params() {
        return params;
    }

    /** All layers' non-trainable state, named {@code <layer>.<state>}. */
    @Override
    public List<Param> state() {
        return state;
    }

    /** Each layer's output from the last forward pass (null before the first). */
    public List<DMatrixRMaj> layerOutputs() {
        return Collections.unmodifiableList(outputs);
    }

    /** Each layer's dLoss/dInput from the last backward pass (null before the first, and where {@link #backwardWithoutInputGradient} skipped it). */
    public List<DMatrixRMaj> layerInputGradients() {
        return Collections.unmodifiableList(inputGradients);
    }

    /** Each layer's dLoss/dOutput from the last backward pass (null before the first, and where {@link #backwardWithoutInputGradient} skipped it). */
    public List<DMatrixRMaj> layerOutputGradients() {
        return Collections.unmodifiableList(outputGradients);
    }

    /**
     * The name of the first layer whose output in the last forward pass contains NaN or infinity;
     * if none and a backward pass followed it, the first layer, going backward from the output,
     * whose input gradient or parameter gradients do; else null.
     */
    public String firstNonFinite() {
        for (int i = 0; i < layers.size(); i++) {
            if (outputs.get(i) != null && !isFinite(outputs.get(i))) {
                return layers.get(i).name();
            }
        }
        if (gradientsCurrent) {
            for (int i = layers.size() - 1; i >= 0; i--) {
                Layer layer = layers.get(i);
                if (inputGradients.get(i) != null && !isFinite(inputGradients.get(i))
                        || layer.params().stream().anyMatch(p -> !isFinite(p.grad()))) {
                    return layer.name();
                }
            }
        }
        return null;
    }

    private static boolean isFinite(DMatrixRMaj m) {
        return Finite.all(m);
    }

    /** One row per layer (name, type, output shape, trainable parameters) and the totals; a notebook shows it as a table. */
    public NetworkSummary summary() {
        List<NetworkSummary.LayerRow> rows = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            rows.add(new NetworkSummary.LayerRow(layer.name(), layer.getClass().getSimpleName(), outputSizes[i], layer.parameterCount()));
        }
        return new NetworkSummary(name(), rows, parameterCount(), state.stream().mapToInt(Param::size).sum());
    }

    /** A deep copy: the same names, configuration, parameter values and state (masks restart). */
    @Override
    public Sequential copy() {
        Sequential copy = new Sequential(inputSize, layers.stream().map(Layer::copy).toList(), false);
        copy.setName(name());
        return copy;
    }

    @Override
    BaseLayer twin() {
        return copy();
    }

    /** The {@link #summary()} as text. */
    @Override
    public String toString() {
        return summary().toString();
    }
}
