package org.verbatim.provenance;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.verbatim.core.prov.ProvActivity;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.prov.ProvEntity;
import org.verbatim.core.prov.ProvRecord;
import org.verbatim.core.prov.ProvRelation;

/**
 * PROV-O in Turtle: one block per element with its class, {@code prov:type}, times and
 * {@code vb:} attributes, then the relations as direct PROV-O properties. A relation with a role
 * is also written in its qualified form (such as {@code prov:qualifiedAssociation}) so the role
 * is kept.
 */
final class TurtleWriter {

	/** Attribute names that can be written as {@code vb:name}; others are written as full IRIs. */
	private static final Pattern LOCAL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");

	private TurtleWriter() {
	}

	static void write(ProvGraph graph, ProvNamespace namespace, Writer out) throws IOException {
		StringBuilder t = new StringBuilder();
		t.append("@prefix prov: <").append(ProvExport.PROV).append("> .\n");
		t.append("@prefix xsd: <").append(ProvExport.XSD).append("> .\n");
		t.append("@prefix vb: <").append(ProvExport.VOCABULARY).append("> .\n\n");

		for (ProvRecord record : graph.records()) {
			List<String> lines = new ArrayList<>();
			lines.add("a prov:Entity, prov:Bundle");
			lines.add("vb:seq " + record.seq());
			lines.add("vb:change " + literal(record.content().change()));
			lines.add("vb:at " + time(record.content().at()));
			lines.add("vb:hash " + literal(record.hash()));
			lines.add("vb:previousHash " + literal(record.previousHash()));
			block(t, iri(namespace, ProvExport.recordId(record.seq())), lines);
		}
		for (ProvEntity entity : graph.entities().values()) {
			List<String> lines = new ArrayList<>();
			lines.add("a prov:Entity");
			lines.add("prov:type " + literal(entity.type()));
			graph.definedIn(entity.id()).ifPresent(seq -> lines.add("vb:" + ProvExport.RECORD + " " + seq));
			attributes(lines, entity.attributes());
			block(t, iri(namespace, entity.id()), lines);
		}
		for (ProvActivity activity : graph.activities().values()) {
			List<String> lines = new ArrayList<>();
			lines.add("a prov:Activity");
			lines.add("prov:type " + literal(activity.type()));
			lines.add("prov:startedAtTime " + time(activity.startedAt()));
			lines.add("prov:endedAtTime " + time(activity.endedAt()));
			graph.definedIn(activity.id()).ifPresent(seq -> lines.add("vb:" + ProvExport.RECORD + " " + seq));
			attributes(lines, activity.attributes());
			block(t, iri(namespace, activity.id()), lines);
		}
		for (ProvAgent agent : graph.agents().values()) {
			List<String> lines = new ArrayList<>();
			lines.add("a prov:Agent, " + (agent.kind().equals(ProvAgent.ANALYST) ? "prov:Person" : "prov:SoftwareAgent"));
			lines.add("vb:name " + literal(agent.name()));
			agent.version().ifPresent(v -> lines.add("vb:version " + literal(v)));
			block(t, iri(namespace, agent.id()), lines);
		}
		for (Map.Entry<String, ProvGraph.Kind> ref : graph.undefined().entrySet()) {
			String type = switch (ref.getValue()) {
			case ENTITY -> "prov:Entity";
			case ACTIVITY -> "prov:Activity";
			case AGENT -> "prov:Agent";
			};
			block(t, iri(namespace, ref.getKey()), List.of("a " + type, "vb:" + ProvExport.EXTERNAL + " true"));
		}

		for (ProvRelation relation : graph.relations()) {
			String subject = iri(namespace, relation.subject());
			String object = iri(namespace, relation.object());
			t.append(subject).append(" prov:").append(relation.type()).append(' ').append(object).append(" .\n");
			if (relation.role().isPresent()) {
				qualified(relation.type()).ifPresent(q -> t.append(subject).append(" prov:").append(q[0])
						.append(" [ a prov:").append(q[1]).append(" ; prov:").append(q[2]).append(' ').append(object)
						.append(" ; prov:hadRole ").append(vocabulary(relation.role().get())).append(" ] .\n"));
			}
		}
		out.write(t.toString());
	}

	/** The qualified form of a relation: property, class, and the property naming its object. */
	private static java.util.Optional<String[]> qualified(String type) {
		String[] q = switch (type) {
		case ProvRelation.USED -> new String[] { "qualifiedUsage", "Usage", "entity" };
		case ProvRelation.WAS_GENERATED_BY -> new String[] { "qualifiedGeneration", "Generation", "activity" };
		case ProvRelation.WAS_DERIVED_FROM -> new String[] { "qualifiedDerivation", "Derivation", "entity" };
		case ProvRelation.WAS_REVISION_OF -> new String[] { "qualifiedRevision", "Revision", "entity" };
		case ProvRelation.WAS_ATTRIBUTED_TO -> new String[] { "qualifiedAttribution", "Attribution", "agent" };
		case ProvRelation.WAS_ASSOCIATED_WITH -> new String[] { "qualifiedAssociation", "Association", "agent" };
		case ProvRelation.WAS_INVALIDATED_BY -> new String[] { "qualifiedInvalidation", "Invalidation", "activity" };
		case ProvRelation.WAS_INFORMED_BY -> new String[] { "qualifiedCommunication", "Communication", "activity" };
		default -> null; // alternateOf has no qualified form in PROV-O
		};
		return java.util.Optional.ofNullable(q);
	}

	private static void attributes(List<String> lines, Map<String, String> attributes) {
		attributes.forEach((name, value) -> lines.add(vocabulary(name) + " " + literal(value)));
	}

	private static void block(StringBuilder t, String subject, List<String> lines) {
		t.append(subject).append('\n');
		for (int i = 0; i < lines.size(); i++) {
			t.append("    ").append(lines.get(i)).append(i + 1 < lines.size() ? " ;\n" : " .\n");
		}
		t.append('\n');
	}

	private static String vocabulary(String name) {
		if (LOCAL_NAME.matcher(name).matches()) {
			return "vb:" + name;
		}
		return "<" + iriText(ProvExport.VOCABULARY + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)) + ">";
	}

	private static String iri(ProvNamespace namespace, String id) {
		return "<" + iriText(namespace.iri(id)) + ">";
	}

	/** Percent-encodes what Turtle does not allow inside {@code <...>}. */
	private static String iriText(String iri) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < iri.length(); i++) {
			char c = iri.charAt(i);
			if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
				for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
					out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
				}
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static String time(Instant instant) {
		return "\"" + instant + "\"^^xsd:dateTime";
	}

	private static String literal(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20 || c == 0x7F) {
					out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}
}
