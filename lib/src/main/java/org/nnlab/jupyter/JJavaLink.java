package org.nnlab.jupyter;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.function.Consumer;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.comm.Comm;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.comm.CommCloseCommand;
import org.dflib.jjava.jupyter.messages.comm.CommMsgCommand;

/**
 * {@link KernelLink} on the JJava kernel (checked with JJava 1.0a8).
 *
 * <p><b>No Gson in any call.</b> The kernel jar that pip installs shades Gson
 * ({@code org.dflib.jjava.shaded.com.google.gson}), while the {@code jjava-jupyter} artifact nnlab
 * compiles against exposes {@code com.google.gson} in the same signatures ({@code Comm.send},
 * {@code CommMsgCommand.getData}, {@code CommOpenCommand}'s constructor): a call to any of them
 * compiles and then fails at run time. So this class publishes messages whose content is a plain
 * {@code Map} (the kernel's own, shaded Gson serializes maps as JSON objects), reads an incoming
 * message's data as JSON text through reflection ({@code getData().toString()}) and parses it with
 * Jackson. It also reads two non-public fields of {@link CommManager}: the IOPub socket, and the
 * current request (JJava's own {@code openComm} sends {@code comm_open} with empty data and no
 * metadata, which ipywidgets 8 refuses). Blobs are always {@code null}: an empty list breaks the
 * IOPub stream.
 *
 * <p>Parent of a published message: the comm message being handled on this thread, else the
 * request the kernel is executing (the cell).
 */
final class JJavaLink implements KernelLink {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ThreadLocal<MessageContext> HANDLING = new ThreadLocal<>();

    private final CommManager comms;

    JJavaLink(BaseKernel kernel) {
        this.comms = kernel.getCommManager();
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void publish(String msgType, Map<String, Object> content, Map<String, Object> metadata) {
        MessageContext parent = HANDLING.get() != null ? HANDLING.get() : (MessageContext) field("context");
        MessageType type = MessageType.getType(msgType);
        ((JupyterSocket) field("iopub")).sendMessage(new Message(parent, type, content, null, metadata));
    }

    @Override
    public void registerComm(String commId, Consumer<Map<String, Object>> handler) {
        comms.registerComm(new Comm(comms, commId, WidgetProtocol.TARGET) {
            @Override
            protected void onMessage(Message<CommMsgCommand> message) {
                handle(message, handler);
            }

            @Override
            protected void onClose(Message<CommCloseCommand> message, boolean sending) {
                // the front end dropped the model (page closed); the Java side keeps its values
            }
        });
    }

    /** Passes {@code message}'s data to {@code handler}, with {@code message} as the parent of what the handler publishes. */
    static void handle(Message<?> message, Consumer<Map<String, Object>> handler) {
        HANDLING.set(message);
        try {
            handler.accept(data(message.getContent()));
        } catch (RuntimeException | LinkageError bug) {
            bug.printStackTrace(); // goes to the kernel's log; the kernel must keep serving
        } finally {
            HANDLING.remove();
        }
    }

    /** The {@code data} of a comm command, read without naming its (shaded) Gson type. */
    static Map<String, Object> data(Object commCommand) {
        try {
            Object data = commCommand.getClass().getMethod("getData").invoke(commCommand);
            return data == null ? Map.of() : JSON.readValue(data.toString(), new TypeReference<Map<String, Object>>() { });
        } catch (ReflectiveOperationException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot read the data of " + commCommand.getClass().getName()
                    + " (JJava changed its comm API?)", e);
        }
    }

    private Object field(String name) {
        try {
            Field field = CommManager.class.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(comms);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("JJava's CommManager has no readable field " + name
                    + " (JJava changed?); interactive controls need it", e);
        }
    }
}
