package com.halowill.partnerhub.api.edi.syntax;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIStreamConstants.Standards;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads and caches the EDISchema v4 transaction schemas under /edi on the classpath and StAEDI's X12 control schemas. */
public final class SchemaLibrary {

    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private SchemaLibrary() {
    }

    /** Transaction schema for an ST01 type: 830, 850, 855, 856, 860, 865 or 997. */
    public static Schema transaction(String type) {
        return CACHE.computeIfAbsent(type, SchemaLibrary::load);
    }

    /** StAEDI's X12 envelope schema for an ISA12 version such as 00401 or 00501. */
    public static Schema control(String interchangeVersion) {
        return CACHE.computeIfAbsent("control-" + interchangeVersion, key -> {
            try {
                return SchemaFactory.newFactory().getControlSchema(Standards.X12, new String[] { interchangeVersion });
            } catch (EDISchemaException e) {
                throw new IllegalStateException("No X12 control schema for version " + interchangeVersion, e);
            }
        });
    }

    private static Schema load(String type) {
        String resource = "/edi/x12-" + type + ".xml";
        URL url = SchemaLibrary.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Schema resource missing on classpath: " + resource);
        }
        try {
            // included files (x12-order-segments.xml) are found beside the including one, in a jar as on disk
            SchemaFactory factory = SchemaFactory.newFactory();
            String external = url.toExternalForm();
            factory.setProperty(SchemaFactory.SCHEMA_LOCATION_URL_CONTEXT,
                    new URL(external.substring(0, external.lastIndexOf('/') + 1)));
            return factory.createSchema(url);
        } catch (EDISchemaException | java.net.MalformedURLException e) {
            throw new IllegalStateException("Invalid schema " + resource + ": " + e.getMessage(), e);
        }
    }
}
