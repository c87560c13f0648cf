package com.halowill.partnerhub.api.cxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a cXML OrderRequest, validated against the cXML DTD shipped with the project (resources/cxml/cXML.dtd),
 * whatever cXML 1.2.x DTD its DOCTYPE names. No external entity is ever fetched: a DOCTYPE naming anything else, or
 * an entity pointing at a file or a URL, is refused.
 */
final class CxmlOrderReader {

    private static final String DTD = "/cxml/cXML.dtd";
    private static final int MAX_ERRORS = 10;

    private CxmlOrderReader() {
    }

    static CxmlOrder read(byte[] body) throws CxmlRefused {
        Document document = parse(body);
        Element root = document.getDocumentElement();
        if (document.getDoctype() != null && document.getDoctype().getInternalSubset() != null
                && !document.getDoctype().getInternalSubset().isBlank()) {
            throw new CxmlRefused(400, "a DOCTYPE with declarations of its own is refused: name the cXML 1.2 DTD"
                    + " and nothing else");
        }
        if (!"cXML".equals(root.getTagName()) || document.getDoctype() == null
                || !"cXML".equals(document.getDoctype().getName())) {
            throw new CxmlRefused(400, "not a cXML document: it must start with <!DOCTYPE cXML SYSTEM"
                    + " \"http://xml.cxml.org/schemas/cXML/1.2.xxx/cXML.dtd\"> and a cXML element");
        }
        Element from = first(first(first(root, "Header"), "From"), "Credential");
        Element sender = first(first(root, "Header"), "Sender");
        Element credential = first(sender, "Credential");
        Element request = first(root, "Request");
        Element orderRequest = first(request, "OrderRequest");
        if (orderRequest == null) {
            throw new CxmlRefused(406, "only OrderRequest is taken here");
        }
        Element header = first(orderRequest, "OrderRequestHeader");
        Element shipTo = first(header, "ShipTo");
        Element address = shipTo == null ? null : first(shipTo, "Address");
        List<CxmlOrder.Item> items = new ArrayList<>();
        for (Element item : children(orderRequest, "ItemOut")) {
            Element id = first(item, "ItemID");
            Element detail = first(item, "ItemDetail");
            Element price = detail == null ? null : first(first(detail, "UnitPrice"), "Money");
            items.add(new CxmlOrder.Item(attribute(item, "lineNumber"), attribute(item, "quantity"),
                    text(first(id, "SupplierPartID")), text(first(id, "BuyerPartID")), text(price),
                    attribute(item, "requestedDeliveryDate")));
        }
        return new CxmlOrder(attribute(root, "payloadID"), attribute(from, "domain"), text(first(from, "Identity")),
                attribute(credential, "domain"), text(first(credential, "Identity")),
                text(first(credential, "SharedSecret")), attribute(header, "orderID"), attribute(header, "orderDate"),
                attribute(header, "type"),
                attribute(first(first(header, "Total"), "Money"), "currency"),
                address == null ? null : attribute(address, "addressID"),
                attribute(header, "requestedDeliveryDate"), text(first(header, "Comments")), items);
    }

    private static Document parse(byte[] body) throws CxmlRefused {
        List<String> errors = new ArrayList<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setValidating(true);
            factory.setNamespaceAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            // external entities are never loaded; the external DTD is, through the resolver below only
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                if (systemId != null && systemId.matches("(https?://xml\\.cxml\\.org/schemas/cXML/1\\.2\\.\\d{3}/)?"
                        + "cXML\\.dtd")) {
                    InputStream dtd = CxmlOrderReader.class.getResourceAsStream(DTD);
                    InputSource source = new InputSource(dtd);
                    source.setSystemId("classpath:" + DTD);
                    return source;
                }
                throw new SAXException("external entity " + systemId + " refused: the DOCTYPE names the cXML 1.2"
                        + " DTD and nothing else is read");
            });
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not refuse a document
                }

                @Override
                public void error(SAXParseException e) {
                    if (errors.size() < MAX_ERRORS) {
                        errors.add(where(e) + e.getMessage());
                    }
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            Document document = builder.parse(new ByteArrayInputStream(body));
            if (!errors.isEmpty()) {
                throw new CxmlRefused(400, "the document does not follow the cXML DTD: " + String.join("; ", errors));
            }
            return document;
        } catch (SAXParseException e) {
            throw new CxmlRefused(400, "not well-formed cXML: " + where(e) + e.getMessage());
        } catch (SAXException e) {
            throw new CxmlRefused(400, "not readable cXML: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new CxmlRefused(400, "not readable cXML: " + e.getMessage());
        }
    }

    private static String where(SAXParseException e) {
        return e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ": " : "";
    }

    private static Element first(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        List<Element> found = children(parent, tag);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String attribute(Element e, String name) {
        if (e == null || !e.hasAttribute(name)) {
            return null;
        }
        return e.getAttribute(name).strip();
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String text = e.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }
}
