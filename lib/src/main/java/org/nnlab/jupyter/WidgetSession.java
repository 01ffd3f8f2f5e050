package org.nnlab.jupyter;

import java.util.Map;

/** Opens widget models in the front end and shows outputs, through a {@link KernelLink}. */
final class WidgetSession {
    private final KernelLink link;

    WidgetSession(KernelLink link) {
        this.link = link;
    }

    /**
     * Opens every model of {@code widget} (layout and style first): sends its {@code comm_open},
     * routes the front end's messages to {@link WidgetModel#receive} and its later changes out as
     * {@code update} messages.
     */
    void open(Widgets.Widget widget) {
        for (WidgetModel model : widget.models()) {
            link.publish("comm_open", WidgetProtocol.openContent(model), WidgetProtocol.openMetadata());
            link.registerComm(model.id(), model::receive);
            model.sendTo((changed, changes) -> link.publish("comm_msg", WidgetProtocol.updateContent(changed, changes), null));
        }
    }

    /** Shows {@code bundle} as a new output under {@code displayId}. */
    void display(String displayId, Map<String, Object> bundle) {
        link.publish("display_data", WidgetProtocol.displayContent(bundle, displayId), null);
    }

}
