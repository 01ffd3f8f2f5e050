package org.nnlab.jupyter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Jupyter messages of the ipywidgets widget protocol 2.1.0 ({@code packages/schema/messages.md}
 * in the ipywidgets repository), as plain maps: message content and metadata only, so they are
 * built and checked without a kernel; a {@link KernelLink} sends them.
 * <ul>
 *   <li>{@code comm_open} to target {@value #TARGET}: data {@code {state, buffer_paths: []}},
 *       metadata {@code {version: "2.1.0"}};</li>
 *   <li>{@code comm_msg} {@code {method: "update", state, buffer_paths: []}} for a state change;</li>
 *   <li>a display output with MIME type {@value #VIEW_MIME}: {@code {model_id, version_major: 2,
 *       version_minor: 0}}, plus text fallbacks for front ends without widgets.</li>
 * </ul>
 * No binary buffers are used: messages carry no blobs at all (an empty blob list breaks JJava's
 * IOPub stream).
 */
final class WidgetProtocol {
    static final String TARGET = "jupyter.widget";
    /** The target a widget front end opens a comm to when it connects (ipywidgets' control channel). */
    static final String CONTROL_TARGET = "jupyter.widget.control";
    static final String PROTOCOL_VERSION = "2.1.0";
    static final String VIEW_MIME = "application/vnd.jupyter.widget-view+json";

    private WidgetProtocol() {
    }

    /** The content of the {@code comm_open} message that creates {@code model} in the front end. */
    static Map<String, Object> openContent(WidgetModel model) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("state", new LinkedHashMap<>(model.state()));
        data.put("buffer_paths", List.of());
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("comm_id", model.id());
        content.put("target_name", TARGET);
        content.put("data", data);
        return content;
    }

    /** The metadata of every widget {@code comm_open}: the protocol version. */
    static Map<String, Object> openMetadata() {
        return Map.of("version", PROTOCOL_VERSION);
    }

    /** The content of the {@code comm_msg} that sends {@code changes} of {@code model}'s state. */
    static Map<String, Object> updateContent(WidgetModel model, Map<String, Object> changes) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("method", "update");
        data.put("state", new LinkedHashMap<>(changes));
        data.put("buffer_paths", List.of());
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("comm_id", model.id());
        content.put("data", data);
        return content;
    }

    /** The display bundle of {@code model}'s view, with {@code plain} and {@code html} for front ends that cannot draw widgets. */
    static Map<String, Object> viewBundle(WidgetModel model, String plain, String html) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("model_id", model.id());
        view.put("version_major", 2);
        view.put("version_minor", 0);
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put(VIEW_MIME, view);
        bundle.put("text/plain", plain);
        bundle.put("text/html", html);
        return bundle;
    }

    /** The content of a {@code display_data} or {@code update_display_data} message showing {@code bundle} under {@code displayId}. */
    static Map<String, Object> displayContent(Map<String, Object> bundle, String displayId) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("data", bundle);
        content.put("metadata", Map.of());
        content.put("transient", Map.of("display_id", displayId));
        return content;
    }
}
