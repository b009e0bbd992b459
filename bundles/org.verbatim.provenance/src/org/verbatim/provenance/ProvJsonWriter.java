package org.verbatim.provenance;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verbatim.core.prov.ProvActivity;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.prov.ProvEntity;
import org.verbatim.core.prov.ProvJson;
import org.verbatim.core.prov.ProvRecord;
import org.verbatim.core.prov.ProvRelation;

/**
 * PROV-JSON (W3C member submission): a {@code prefix} map, then one map per kind of element and
 * relation, keyed by id. Ids are qualified names {@code vbp:<record id>}; relations get blank ids.
 */
final class ProvJsonWriter {

	private static final String PROJECT_PREFIX = "vbp";

	private ProvJsonWriter() {
	}

	static void write(ProvGraph graph, ProvNamespace namespace, Writer out) throws IOException {
		Map<String, Object> document = new LinkedHashMap<>();
		Map<String, Object> prefix = new LinkedHashMap<>();
		prefix.put(PROJECT_PREFIX, namespace.prefix());
		prefix.put("vb", ProvExport.VOCABULARY);
		prefix.put("xsd", ProvExport.XSD);
		document.put("prefix", prefix);

		Map<String, Object> entities = new LinkedHashMap<>();
		for (ProvRecord record : graph.records()) {
			Map<String, Object> bundle = new LinkedHashMap<>();
			bundle.put("prov:type", qualified("prov:Bundle"));
			bundle.put("vb:seq", record.seq());
			bundle.put("vb:change", record.content().change());
			bundle.put("vb:at", typed(record.content().at().toString(), "xsd:dateTime"));
			bundle.put("vb:hash", record.hash());
			bundle.put("vb:previousHash", record.previousHash());
			entities.put(id(ProvExport.recordId(record.seq())), bundle);
		}
		for (ProvEntity entity : graph.entities().values()) {
			Map<String, Object> attributes = new LinkedHashMap<>();
			attributes.put("prov:type", entity.type());
			graph.definedIn(entity.id()).ifPresent(seq -> attributes.put("vb:" + ProvExport.RECORD, seq));
			entity.attributes().forEach((k, v) -> attributes.put("vb:" + k, v));
			entities.put(id(entity.id()), attributes);
		}
		Map<String, Object> activities = new LinkedHashMap<>();
		for (ProvActivity activity : graph.activities().values()) {
			Map<String, Object> attributes = new LinkedHashMap<>();
			attributes.put("prov:startTime", activity.startedAt().toString());
			attributes.put("prov:endTime", activity.endedAt().toString());
			attributes.put("prov:type", activity.type());
			graph.definedIn(activity.id()).ifPresent(seq -> attributes.put("vb:" + ProvExport.RECORD, seq));
			activity.attributes().forEach((k, v) -> attributes.put("vb:" + k, v));
			activities.put(id(activity.id()), attributes);
		}
		Map<String, Object> agents = new LinkedHashMap<>();
		for (ProvAgent agent : graph.agents().values()) {
			Map<String, Object> attributes = new LinkedHashMap<>();
			attributes.put("prov:type",
					qualified(agent.kind().equals(ProvAgent.ANALYST) ? "prov:Person" : "prov:SoftwareAgent"));
			attributes.put("vb:name", agent.name());
			agent.version().ifPresent(v -> attributes.put("vb:version", v));
			agents.put(id(agent.id()), attributes);
		}
		graph.undefined().forEach((ref, kind) -> {
			Map<String, Object> attributes = new LinkedHashMap<>();
			attributes.put("vb:" + ProvExport.EXTERNAL, true);
			switch (kind) {
			case ENTITY -> entities.put(id(ref), attributes);
			case ACTIVITY -> activities.put(id(ref), attributes);
			case AGENT -> agents.put(id(ref), attributes);
			}
		});
		document.put("entity", entities);
		document.put("activity", activities);
		document.put("agent", agents);

		Map<String, Map<String, Object>> relations = new LinkedHashMap<>();
		int n = 0;
		for (ProvRelation relation : graph.relations()) {
			n++;
			Map<String, Object> fields = new LinkedHashMap<>();
			String section = relation.type();
			switch (relation.type()) {
			case ProvRelation.USED -> {
				fields.put("prov:activity", id(relation.subject()));
				fields.put("prov:entity", id(relation.object()));
			}
			case ProvRelation.WAS_GENERATED_BY, ProvRelation.WAS_INVALIDATED_BY -> {
				fields.put("prov:entity", id(relation.subject()));
				fields.put("prov:activity", id(relation.object()));
			}
			case ProvRelation.WAS_DERIVED_FROM, ProvRelation.WAS_REVISION_OF -> {
				section = ProvRelation.WAS_DERIVED_FROM;
				fields.put("prov:generatedEntity", id(relation.subject()));
				fields.put("prov:usedEntity", id(relation.object()));
				if (relation.type().equals(ProvRelation.WAS_REVISION_OF)) {
					fields.put("prov:type", qualified("prov:Revision"));
				}
			}
			case ProvRelation.ALTERNATE_OF -> {
				fields.put("prov:alternate1", id(relation.subject()));
				fields.put("prov:alternate2", id(relation.object()));
			}
			case ProvRelation.WAS_ATTRIBUTED_TO -> {
				fields.put("prov:entity", id(relation.subject()));
				fields.put("prov:agent", id(relation.object()));
			}
			case ProvRelation.WAS_ASSOCIATED_WITH -> {
				fields.put("prov:activity", id(relation.subject()));
				fields.put("prov:agent", id(relation.object()));
			}
			case ProvRelation.WAS_INFORMED_BY -> {
				fields.put("prov:informed", id(relation.subject()));
				fields.put("prov:informant", id(relation.object()));
			}
			default -> throw new IllegalArgumentException("not a PROV relation Verbatim records: " + relation.type());
			}
			relation.role().ifPresent(role -> fields.put("prov:role", role));
			relations.computeIfAbsent(section, s -> new LinkedHashMap<>()).put("_:r" + n, fields);
		}
		document.putAll(relations);

		StringBuilder text = new StringBuilder();
		append(text, document, 0);
		text.append('\n');
		out.write(text.toString());
	}

	private static String id(String recordId) {
		return PROJECT_PREFIX + ":" + recordId;
	}

	private static Map<String, Object> qualified(String name) {
		return typed(name, "prov:QUALIFIED_NAME");
	}

	private static Map<String, Object> typed(String value, String type) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("$", value);
		out.put("type", type);
		return out;
	}

	private static void append(StringBuilder out, Object value, int depth) {
		if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				out.append("{}");
				return;
			}
			out.append("{\n");
			List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
			for (int i = 0; i < entries.size(); i++) {
				indent(out, depth + 1);
				ProvJson.string(out, entries.get(i).getKey().toString());
				out.append(": ");
				append(out, entries.get(i).getValue(), depth + 1);
				out.append(i + 1 < entries.size() ? ",\n" : "\n");
			}
			indent(out, depth);
			out.append('}');
		} else if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
			out.append(value);
		} else {
			ProvJson.string(out, value.toString());
		}
	}

	private static void indent(StringBuilder out, int depth) {
		out.append("  ".repeat(depth));
	}
}
