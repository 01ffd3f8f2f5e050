package org.nnlab.jupyter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Converts a Tablesaw {@link Figure} into Plotly's JSON figure format {@code {data, layout, config}}.
 *
 * <p>Tablesaw writes figures as JavaScript object literals (unquoted keys, single quotes, trailing
 * commas, numbers as strings, HTML-escaped text). This class reads those leniently and normalizes
 * them for plotly.js 3: numeric strings in data arrays become numbers, string titles become
 * {@code {text: ...}} objects, and HTML entities in text are decoded.
 */
public final class PlotlyJson {
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();
    private static final ObjectMapper STRICT = new ObjectMapper();
    private static final Map<String, String> ENTITIES = Map.of(
            "&#39;", "'", "&quot;", "\"", "&#34;", "\"", "&lt;", "<", "&gt;", ">");

    private PlotlyJson() {
    }

    /** The figure as a Plotly JSON tree: {@code {data: [...], layout: {...}, config: {...}}}. */
    public static ObjectNode toTree(Figure figure) {
        ObjectNode root = STRICT.createObjectNode();
        ArrayNode data = root.putArray("data");
        Trace[] traces = figure.getTraces();
        for (int i = 0; i < traces.length; i++) {
            data.add(normalize(readLiteral(traces[i].asJavascript(i))));
        }
        JsonNode layout = figure.getLayout() == null ? STRICT.createObjectNode()
                : normalize(readLiteral(figure.getLayout().asJavascript()));
        root.set("layout", layout);
        ObjectNode config = root.putObject("config");
        config.put("responsive", true);
        config.put("displaylogo", false);
        return root;
    }

    /** The figure as strict JSON text. */
    public static String toJson(Figure figure) {
        try {
            return STRICT.writeValueAsString(toTree(figure));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize figure", e);
        }
    }

    /** The figure's title text, or an empty string. */
    public static String title(ObjectNode tree) {
        return tree.path("layout").path("title").path("text").asText("");
    }

    /** Parses the object literal between the first '{' and the last '}' of a JavaScript snippet. */
    private static JsonNode readLiteral(String javascript) {
        int start = javascript.indexOf('{');
        int end = javascript.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("no object literal in Tablesaw output: " + javascript);
        }
        try {
            return LENIENT.readTree(javascript.substring(start, end + 1));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read Tablesaw figure output: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode normalize(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = normalize(field.getValue());
                if (field.getKey().equals("title") && value.isTextual()) {
                    ObjectNode title = STRICT.createObjectNode();
                    title.put("text", value.asText());
                    value = title;
                } else if (field.getKey().equals("opacity") && value.isTextual()) {
                    value = numberOrText(value.asText());
                }
                field.setValue(value);
            }
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                JsonNode element = normalize(array.get(i));
                array.set(i, element.isTextual() ? numberOrText(element.asText()) : element);
            }
            return array;
        }
        if (node.isTextual()) {
            return STRICT.getNodeFactory().textNode(decodeEntities(node.asText()));
        }
        return node;
    }

    /** A numeric string as a number node (data values); any other string unchanged. */
    private static JsonNode numberOrText(String text) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && !text.isBlank() && !Character.isLetter(text.charAt(text.length() - 1))) {
                return STRICT.getNodeFactory().numberNode(value);
            }
        } catch (NumberFormatException ignored) {
            // not a number: keep the text
        }
        return STRICT.getNodeFactory().textNode(text);
    }

    private static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        String decoded = text;
        for (Map.Entry<String, String> entity : ENTITIES.entrySet()) {
            decoded = decoded.replace(entity.getKey(), entity.getValue());
        }
        return decoded.replace("&amp;", "&");
    }
}
