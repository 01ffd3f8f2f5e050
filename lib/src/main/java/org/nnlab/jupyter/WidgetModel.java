package org.nnlab.jupyter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The kernel side of one ipywidgets 8 model: its id (the id of its comm) and its state, the keys of
 * {@code packages/schema/jupyterwidgetmodels.latest.md} in the ipywidgets repository. The state is
 * sent whole when the model is opened ({@link WidgetProtocol#open}); later changes from Java are
 * sent as {@code update} messages through {@link #set}, and changes from the browser arrive through
 * {@link #receive}. Holds no kernel objects: the {@link Sender} decides where messages go.
 */
final class WidgetModel {
    /** Sends a model's state changes to the front end. */
    interface Sender {
        void update(WidgetModel model, Map<String, Object> changes);
    }

    private final String id = UUID.randomUUID().toString();
    private final Map<String, Object> state = new LinkedHashMap<>();
    private Sender sender = (model, changes) -> { };
    private Consumer<Map<String, Object>> onUpdate = changes -> { };
    private Consumer<Map<String, Object>> onCustom = content -> { };

    /** A model of {@code modelName} in {@code modelModule}, drawn by {@code viewName} in {@code viewModule} (null for models without a view). */
    WidgetModel(String modelModule, String modelModuleVersion, String modelName, String viewModule,
            String viewModuleVersion, String viewName) {
        state.put("_model_module", modelModule);
        state.put("_model_module_version", modelModuleVersion);
        state.put("_model_name", modelName);
        state.put("_view_module", viewModule);
        state.put("_view_module_version", viewModuleVersion);
        state.put("_view_name", viewName);
    }

    /** The model id, also the id of its comm. */
    String id() {
        return id;
    }

    /** {@code "IPY_MODEL_<id>"}: how another model's state refers to this one. */
    String reference() {
        return "IPY_MODEL_" + id;
    }

    /** The full state (read-only view). */
    Map<String, Object> state() {
        return Collections.unmodifiableMap(state);
    }

    Object get(String key) {
        return state.get(key);
    }

    /** Sets a state key before the model is opened (no message). */
    WidgetModel with(String key, Object value) {
        state.put(key, value);
        return this;
    }

    /** Sets a state key and sends the change to the front end. */
    void set(String key, Object value) {
        state.put(key, value);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put(key, value);
        sender.update(this, change);
    }

    /** Where {@link #set} sends changes from now on. */
    void sendTo(Sender sender) {
        this.sender = sender;
    }

    /** Calls {@code listener} with the keys the browser changed. */
    void onUpdate(Consumer<Map<String, Object>> listener) {
        this.onUpdate = listener;
    }

    /** Calls {@code listener} with the content of custom messages (a button's {@code {event: "click"}}). */
    void onCustom(Consumer<Map<String, Object>> listener) {
        this.onCustom = listener;
    }

    /**
     * Handles a comm message's data from the front end: {@code update} (the browser changed state
     * keys: stored, then passed to the update listener), {@code request_state} (answered with the
     * whole state) and {@code custom}. Other methods are ignored, as ipywidgets does.
     */
    @SuppressWarnings("unchecked")
    void receive(Map<String, Object> data) {
        Object method = data.get("method");
        if ("update".equals(method) && data.get("state") instanceof Map<?, ?> changes) {
            state.putAll((Map<String, Object>) changes);
            onUpdate.accept((Map<String, Object>) changes);
        } else if ("request_state".equals(method)) {
            sender.update(this, state);
        } else if ("custom".equals(method) && data.get("content") instanceof Map<?, ?> content) {
            onCustom.accept((Map<String, Object>) content);
        }
    }
}
