package com.marketingplanner.domain.template;

import java.util.function.Consumer;

import tools.jackson.databind.node.ObjectNode;

/**
 * Templates changed in one place, for tests of what an import does with a changed
 * document: edit the JSON tree, read it back as a document.
 */
final class TemplateDocuments {

	private static final PlanTemplateCatalog CATALOG = new PlanTemplateCatalog();

	private TemplateDocuments() {
	}

	/** The template, with the edit applied to its JSON tree. */
	static PlanDocument edited(String code, Consumer<ObjectNode> edit) {
		ObjectNode tree = (ObjectNode) PlanDocumentJson.mapper().readTree(PlanDocumentJson.write(CATALOG.load(code)));
		edit.accept(tree);
		return PlanDocumentJson.read(PlanDocumentJson.mapper().writeValueAsString(tree));
	}

	static PlanDocument load(String code) {
		return CATALOG.load(code);
	}

}
