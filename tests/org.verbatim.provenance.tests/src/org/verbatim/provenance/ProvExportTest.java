package org.verbatim.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.NearDuplicateGroup;
import org.verbatim.core.StatementId;
import org.verbatim.core.prov.ProvActivity;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.core.prov.ProvEntity;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.prov.ProvRecord;
import org.verbatim.core.prov.ProvRelation;
import org.verbatim.core.store.Project;

/** Exports of a project made from the seeds, read back with Apache Jena's Turtle and JSON parsers. */
class ProvExportTest {

	private static final String PROV = ProvExport.PROV;

	@TempDir
	Path temp;

	private Project project;

	private ProvGraph graph;

	private ProvNamespace namespace;

	@BeforeEach
	void seedProject() throws Exception {
		project = Seeds.importedInto(temp.resolve("p"));
		// a grouping and a setting, so that later records and roles are in the export too
		project.recordNearDuplicates(new StatementId(3), "test-scheme", new int[] { 7 }, Optional.of(
				new NearDuplicateGroup(new StatementId(1), List.of(new StatementId(1), new StatementId(3)))));
		project.addAliasGroup(List.of("Baku", "Bakı"));
		graph = ProvGraph.ofProject(project);
		namespace = ProvNamespace.of(project);
	}

	@org.junit.jupiter.api.AfterEach
	void close() throws Exception {
		project.close();
	}

	@Test
	void provJsonDefinesEveryIdItRelatesWithTheRightKinds() throws Exception {
		JsonObject doc = JSON.parse(ProvExport.toText(graph, namespace, ProvExport.Format.PROV_JSON));
		assertEquals(namespace.prefix(), doc.get("prefix").getAsObject().get("vbp").getAsString().value());
		JsonObject entities = doc.get("entity").getAsObject();
		JsonObject activities = doc.get("activity").getAsObject();
		JsonObject agents = doc.get("agent").getAsObject();

		Map<String, String[]> argumentSections = Map.of("used", new String[] { "prov:activity", "prov:entity" },
				"wasGeneratedBy", new String[] { "prov:entity", "prov:activity" }, "wasDerivedFrom",
				new String[] { "prov:generatedEntity", "prov:usedEntity" }, "alternateOf",
				new String[] { "prov:alternate1", "prov:alternate2" }, "wasAttributedTo",
				new String[] { "prov:entity", "prov:agent" }, "wasAssociatedWith",
				new String[] { "prov:activity", "prov:agent" }, "wasInformedBy",
				new String[] { "prov:informed", "prov:informant" });
		Map<String, JsonObject> kinds = Map.of("prov:activity", activities, "prov:entity", entities,
				"prov:generatedEntity", entities, "prov:usedEntity", entities, "prov:alternate1", entities,
				"prov:alternate2", entities, "prov:agent", agents, "prov:informed", activities, "prov:informant",
				activities);
		int relations = 0;
		Map<String, Integer> generations = new HashMap<>();
		for (String section : doc.keys()) {
			if (Set.of("prefix", "entity", "activity", "agent").contains(section)) {
				continue;
			}
			String[] arguments = argumentSections.get(section);
			assertTrue(arguments != null, "unexpected section " + section);
			JsonObject records = doc.get(section).getAsObject();
			for (String key : records.keys()) {
				relations++;
				JsonObject relation = records.get(key).getAsObject();
				for (String argument : arguments) {
					String ref = relation.get(argument).getAsString().value();
					assertTrue(kinds.get(argument).hasKey(ref), section + " " + argument + " " + ref + " is not defined as one");
				}
				if (section.equals("wasGeneratedBy")) {
					generations.merge(relation.get("prov:entity").getAsString().value(), 1, Integer::sum);
				}
			}
		}
		assertEquals(graph.relations().size(), relations);
		assertTrue(generations.values().stream().allMatch(n -> n == 1), generations.toString());
		assertEquals(graph.entities().size(), generations.size(), "every entity of the seeds' records was generated");

		// activities: start before end; an entity is generated before any activity uses it
		Map<String, Instant> ends = new HashMap<>();
		for (String id : activities.keys()) {
			JsonObject a = activities.get(id).getAsObject();
			Instant start = Instant.parse(a.get("prov:startTime").getAsString().value());
			Instant end = Instant.parse(a.get("prov:endTime").getAsString().value());
			assertFalse(end.isBefore(start), id);
			ends.put(id, end);
		}
		Map<String, Instant> generatedAt = new HashMap<>();
		for (String key : doc.get("wasGeneratedBy").getAsObject().keys()) {
			JsonObject g = doc.get("wasGeneratedBy").getAsObject().get(key).getAsObject();
			generatedAt.put(g.get("prov:entity").getAsString().value(), ends.get(g.get("prov:activity").getAsString().value()));
		}
		for (String key : doc.get("used").getAsObject().keys()) {
			JsonObject u = doc.get("used").getAsObject().get(key).getAsObject();
			Instant made = generatedAt.get(u.get("prov:entity").getAsString().value());
			Instant using = Instant.parse(activities.get(u.get("prov:activity").getAsString().value()).getAsObject()
					.get("prov:startTime").getAsString().value());
			assertFalse(using.isBefore(made), key);
		}

		// the records: numbered, chained and with the hashes the project's log has
		List<ProvEntry> log = project.provenance(0, 1000);
		for (ProvEntry entry : log) {
			JsonObject bundle = entities.get("vbp:record/" + entry.seq()).getAsObject();
			assertEquals(entry.hash(), bundle.get("vb:hash").getAsString().value());
			assertEquals(entry.previousHash(), bundle.get("vb:previousHash").getAsString().value());
			assertEquals(entry.seq(), bundle.get("vb:seq").getAsNumber().value().longValue());
		}
		JsonValue readType = activities.get("vbp:activity/1/read").getAsObject().get("prov:type");
		assertEquals("read", readType.getAsString().value());
		assertEquals(1, activities.get("vbp:activity/1/read").getAsObject().get("vb:record").getAsNumber().value()
				.intValue());
	}

	@Test
	void turtleParsesWithTheRightTriples() throws Exception {
		Model model = parseTurtle(ProvExport.toText(graph, namespace, ProvExport.Format.TURTLE));
		Resource entity = model.createResource(PROV + "Entity");
		Resource activity = model.createResource(PROV + "Activity");
		Resource agent = model.createResource(PROV + "Agent");

		// every relation of every record is one triple, with its arguments of the right classes
		Map<String, Resource[]> kinds = Map.of("used", new Resource[] { activity, entity }, "wasGeneratedBy",
				new Resource[] { entity, activity }, "wasDerivedFrom", new Resource[] { entity, entity }, "wasRevisionOf",
				new Resource[] { entity, entity }, "alternateOf", new Resource[] { entity, entity }, "wasAttributedTo",
				new Resource[] { entity, agent }, "wasAssociatedWith", new Resource[] { activity, agent },
				"wasInvalidatedBy", new Resource[] { entity, activity }, "wasInformedBy",
				new Resource[] { activity, activity });
		long relationTriples = 0;
		for (Map.Entry<String, Resource[]> kind : kinds.entrySet()) {
			Property p = model.createProperty(PROV + kind.getKey());
			for (Statement s : model.listStatements(null, p, (RDFNode) null).toList()) {
				relationTriples++;
				assertTrue(s.getSubject().hasProperty(RDF.type, kind.getValue()[0]), s.toString());
				assertTrue(s.getObject().asResource().hasProperty(RDF.type, kind.getValue()[1]), s.toString());
			}
		}
		assertEquals(graph.relations().size(), relationTriples);

		// the whole graph: count what the records hold and compare
		long expected = 0;
		for (ProvRecord record : graph.records()) {
			expected += 7; // two classes, seq, change, at, hash, previous hash
		}
		for (ProvEntity e : graph.entities().values()) {
			expected += 3 + e.attributes().size(); // class, prov:type, vb:record
		}
		for (ProvActivity a : graph.activities().values()) {
			expected += 5 + a.attributes().size(); // class, prov:type, two times, vb:record
		}
		for (ProvAgent a : graph.agents().values()) {
			expected += 3 + (a.version().isPresent() ? 1 : 0); // two classes, name
		}
		expected += 2L * graph.undefined().size();
		for (ProvRelation r : graph.relations()) {
			expected += 1 + (r.role().isPresent() && !r.type().equals(ProvRelation.ALTERNATE_OF) ? 4 : 0);
		}
		assertEquals(expected, model.size());
		assertTrue(graph.undefined().isEmpty(), "a whole-project export defines everything: " + graph.undefined());

		Resource statement = model.createResource(namespace.iri("statement/S1/1"));
		Resource clean = model.createResource(namespace.iri("clean-text/S1/1"));
		assertTrue(model.contains(statement, model.createProperty(PROV + "wasDerivedFrom"), clean));
		assertTrue(statement.hasProperty(RDF.type, entity));
		Resource importing = statement.getPropertyResourceValue(model.createProperty(PROV + "wasGeneratedBy"));
		Literal started = importing.getProperty(model.createProperty(PROV + "startedAtTime")).getLiteral();
		assertEquals(XSDDatatype.XSDdateTime.getURI(), started.getDatatypeURI());
		// the analyst asked for the import: kept as a qualified association with its role
		Resource association = importing.getPropertyResourceValue(model.createProperty(PROV + "qualifiedAssociation"));
		assertEquals(model.createResource(ProvExport.VOCABULARY + "requester"),
				association.getPropertyResourceValue(model.createProperty(PROV + "hadRole")));
		assertTrue(association.getPropertyResourceValue(model.createProperty(PROV + "agent"))
				.hasProperty(RDF.type, model.createResource(PROV + "Person")));
		assertEquals(graph.records().size(),
				model.listResourcesWithProperty(RDF.type, model.createResource(PROV + "Bundle")).toList().size());
		Resource decode = model.createResource(namespace.iri("activity/1/decode"));
		assertTrue(decode.hasProperty(model.createProperty(ProvExport.VOCABULARY + "charset")));
	}

	@Test
	void aStatementsExportHoldsItsLineageRecordsAndDeclaresWhatTheyNameFromElsewhere() throws Exception {
		Lineage lineage = Lineage.of(project, "S3").orElseThrow();
		ProvGraph own = ProvGraph.of(lineage.records());
		assertEquals(2, own.records().size(), "the import of S3 and the grouping");
		// the grouping used S1's statement, which S3's lineage does not define
		assertEquals(Map.of("statement/S1/1", ProvGraph.Kind.ENTITY), own.undefined());
		Model model = parseTurtle(ProvExport.toText(own, namespace, ProvExport.Format.TURTLE));
		Resource s1 = model.createResource(namespace.iri("statement/S1/1"));
		assertTrue(s1.hasProperty(RDF.type, model.createResource(PROV + "Entity")));
		assertTrue(s1.hasLiteral(model.createProperty(ProvExport.VOCABULARY + ProvExport.EXTERNAL), true));
		JsonObject json = JSON.parse(ProvExport.toText(own, namespace, ProvExport.Format.PROV_JSON));
		assertTrue(json.get("entity").getAsObject().hasKey("vbp:statement/S1/1"));
		assertFalse(json.get("entity").getAsObject().hasKey("vbp:statement/S2/1"));
	}

	@Test
	void writingAFileReplacesItWhole() throws Exception {
		Path target = temp.resolve("prov.ttl");
		Files.writeString(target, "old");
		ProvExport.writeFile(graph, namespace, ProvExport.Format.TURTLE, target);
		String written = Files.readString(target, StandardCharsets.UTF_8);
		assertEquals(ProvExport.toText(graph, namespace, ProvExport.Format.TURTLE), written);
		try (var files = Files.list(temp)) {
			assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".part")).toList());
		}
		assertEquals(Optional.of(ProvExport.Format.PROV_JSON), ProvExport.Format.ofLabel("PROV-JSON"));
		assertEquals(Optional.empty(), ProvExport.Format.ofLabel("rdf/xml"));
	}

	private static Model parseTurtle(String text) {
		Model model = ModelFactory.createDefaultModel();
		RDFParser.fromString(text, Lang.TURTLE).parse(model);
		return model;
	}
}
