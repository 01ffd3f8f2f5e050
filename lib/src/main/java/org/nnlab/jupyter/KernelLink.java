package org.nnlab.jupyter;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The little a widget needs from a kernel: publish a message on IOPub and receive the messages of
 * a comm. The parent of a published message is the request being handled (the cell being run, or
 * the comm message whose handler is running), so the front end routes it to the right place.
 * {@link JJavaLink} implements it for JJava; tests use a recording fake.
 */
interface KernelLink {
    /** Publishes a message of type {@code msgType} (e.g. {@code comm_open}) with {@code content} and {@code metadata} (may be null). */
    void publish(String msgType, Map<String, Object> content, Map<String, Object> metadata);

    /** Passes the {@code data} of every message the front end sends to comm {@code commId} to {@code handler}. */
    void registerComm(String commId, Consumer<Map<String, Object>> handler);
}
