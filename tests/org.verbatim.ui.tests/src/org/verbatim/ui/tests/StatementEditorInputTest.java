package org.verbatim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;

import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.Test;
import org.verbatim.core.StatementId;
import org.verbatim.ui.internal.StatementEditorInput;
import org.verbatim.ui.internal.StatementEditorInputFactory;

/** The Statement editor's input is saved with the workbench layout and read back after a restart. */
class StatementEditorInputTest {

	@Test
	void inputSavedWithTheLayoutIsRestoredEqual() throws IOException, WorkbenchException {
		StatementEditorInput input = new StatementEditorInput(Path.of("/tmp/some project"), new StatementId(12));
		XMLMemento memento = XMLMemento.createWriteRoot("editor");
		input.getPersistable().saveState(memento);
		StringWriter xml = new StringWriter();
		memento.save(xml);

		Object restored = new StatementEditorInputFactory()
				.createElement(XMLMemento.createReadRoot(new StringReader(xml.toString())));

		assertEquals(input, restored);
		assertEquals("S12", ((StatementEditorInput) restored).getName());
	}

	@Test
	void unreadableMementoRestoresNothing() {
		XMLMemento memento = XMLMemento.createWriteRoot("editor");
		memento.putString("project", "/tmp/p");
		memento.putString("statement", "twelve");

		assertNull(new StatementEditorInputFactory().createElement(memento));
	}
}
