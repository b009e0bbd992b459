package org.verbatim.qda.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The project file's writer: what a parser reads back is exactly what was written. */
class QdeXmlTest {

	private static Element parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(UTF_8))).getDocumentElement();
	}

	@Test
	void attributesAndTextComeBackExactlyLineEndsTabsAndMarkupIncluded() throws Exception {
		String awkward = "a \"quoted\" <tag> & 'more'\r\n\tnext line 😀";
		QdeXml xml = new QdeXml();
		xml.start("Project").attribute("name", awkward);
		xml.element("Description", awkward);
		xml.end();
		Element root = parse(xml.document());
		assertEquals(awkward, root.getAttribute("name"));
		assertEquals(awkward, root.getFirstChild().getNextSibling().getTextContent());
	}

	@Test
	void charactersXmlCannotCarryBecomeReplacementCharacters() throws Exception {
		QdeXml xml = new QdeXml();
		xml.start("Project").attribute("name", "bell\u0007 lone\uD800 end");
		xml.element("Description", "nul\u0000 \uFFFE end");
		xml.end();
		Element root = parse(xml.document());
		assertEquals("bell\uFFFD lone\uFFFD end", root.getAttribute("name"));
		assertEquals("nul\uFFFD \uFFFD end", root.getFirstChild().getNextSibling().getTextContent());
	}

	@Test
	void aDocumentWithAnOpenElementIsRefused() {
		QdeXml xml = new QdeXml();
		xml.start("Project").start("Users");
		assertThrows(IllegalStateException.class, xml::document);
	}
}
