package org.flashpoint.graphql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import org.flashpoint.IntegrationTest;
import org.flashpoint.security.ApiRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of the schema resolves on the demo dataset: for each top-level connection a
 * query selecting every field reachable from it (each type expanded once, the members of
 * a union through inline fragments) runs without errors, and every selected field has a
 * value somewhere in the answers — so a field without a working data fetcher, or a part
 * of the model the demo data leaves empty, fails the test.
 */
// One query selecting every field of every type at once costs far more than a client may
// ask
// for (flashpoint.limits.*); the limits are not what this test is about.
@TestPropertySource(properties = { "flashpoint.limits.max-cost=100000000", "flashpoint.limits.max-nodes=100000000" })
class SchemaCoverageTest extends IntegrationTest {

	/**
	 * Fields the demo article gives no value for; GDELT, ACLED and UCDP imports fill
	 * them. A threat's ratio needs events in the 52 weeks before the recent 4, and the
	 * demo's history is shorter.
	 */
	private static final Set<String> EMPTY_IN_DEMO_DATA = Set.of("Event.nativeType", "Event.mentions", "Event.tone",
			"Fatalities.high", "Report.url", "Report.publishedOn", "MentionCounts.mentions", "MentionCounts.sources",
			"MentionCounts.articles", "ApiKey.revokedAt", "ThreatEvidence.ratio",
			// Each region's escalation is evaluated for its latest week (to 29 October),
			// and the demo's statements are all from 15 October. The selection expands
			// the
			// Statement type first under that path, so two of its fields are empty here
			// too; StatementQueriesTest and StatementMutationsTest read them.
			"EscalationEvidence.statements", "Statement.region", "Statement.reports");

	/** Room for the answer that selects every field of every demo record. */
	private static final int ANSWER_BUFFER_BYTES = 4 * 1024 * 1024;

	@Autowired
	private GraphQlSource graphQlSource;

	@Test
	void everyFieldResolvesOnTheDemoDataset() {
		GraphQLSchema schema = this.graphQlSource.schema();
		Set<String> selected = new TreeSet<>();
		Set<String> valued = new HashSet<>();
		for (GraphQLFieldDefinition root : schema.getQueryType().getFieldDefinitions()) {
			if (!GraphQLTypeUtil.unwrapAll(root.getType()).getName().endsWith("Connection") || root.getArguments()
				.stream()
				.anyMatch((argument) -> GraphQLTypeUtil.isNonNull(argument.getType()))) {
				// A list with required arguments (the change feed) is covered by its own
				// tests.
				continue;
			}
			Selection selection = Selection.of(root, new HashSet<>());
			selection.collectFields(schema.getQueryType().getName(), selected);
			// As an ADMIN, who may read everything (the API keys too). Every field of
			// every record at once is larger than the test client's default buffer of
			// 256 KB; the server's own limits still apply.
			Map<String, Object> data = as(ApiRole.ADMIN).mutate()
				.webTestClient((client) -> client
					.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(ANSWER_BUFFER_BYTES)))
				.build()
				.document("{ " + selection.render() + " }")
				.execute()
				.errors()
				.verify()
				.path("")
				.entity(Map.class)
				.get();
			selection.collectValued(schema.getQueryType().getName(), data.get(root.getName()), valued);
		}
		selected.removeIf((field) -> field.startsWith("Query."));
		Set<String> neverValued = selected.stream()
			.filter((field) -> !valued.contains(field))
			.filter((field) -> !EMPTY_IN_DEMO_DATA.contains(field))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(neverValued).as("fields that resolved to null or nothing everywhere").isEmpty();
		assertThat(selected).as("fields covered").hasSizeGreaterThan(100);
	}

	@Test
	void nodeResolvesEveryStoredType() {
		var response = this.graphQl.document("""
				query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }""")
			.variable("ids",
					List.of(id("Actor", "hamas"), id("Event", "gaza-bombardment"),
							id("Statement", "iran-warns-against-gaza-invasion"), id("Region", "gaza-strip"),
							id("Source", "interfax")))
			.execute();
		response.path("nodes[*].__typename")
			.entityList(String.class)
			.containsExactly("Actor", "Event", "Statement", "Region", "Source");
		response.path("nodes[0].id").entity(String.class).isEqualTo(id("Actor", "hamas"));
	}

	/**
	 * A field with the sub-selection that covers its type, each type expanded only once;
	 * a field of a union type selects {@code __typename} and an inline fragment for each
	 * member not expanded yet.
	 *
	 * @param fragmentOn set on an inline fragment, whose field is then {@code null}
	 */
	private record Selection(GraphQLFieldDefinition field, GraphQLObjectType fragmentOn, List<Selection> children) {

		static Selection of(GraphQLFieldDefinition field, Set<String> expanded) {
			GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType());
			List<Selection> children = new ArrayList<>();
			if (type instanceof GraphQLObjectType object) {
				children.addAll(fieldsOf(object, expanded));
			}
			if (type instanceof GraphQLUnionType union) {
				for (GraphQLNamedOutputType member : union.getTypes()) {
					GraphQLObjectType object = (GraphQLObjectType) member;
					List<Selection> fields = fieldsOf(object, expanded);
					if (!fields.isEmpty()) {
						children.add(new Selection(null, object, fields));
					}
				}
			}
			return new Selection(field, null, children);
		}

		private static List<Selection> fieldsOf(GraphQLObjectType object, Set<String> expanded) {
			List<Selection> children = new ArrayList<>();
			if (expanded.add(object.getName())) {
				for (GraphQLFieldDefinition child : object.getFieldDefinitions()) {
					if (child.getArguments().stream().noneMatch((a) -> GraphQLTypeUtil.isNonNull(a.getType()))) {
						children.add(Selection.of(child, expanded));
					}
				}
			}
			children.removeIf((child) -> !child.isLeaf() && !child.isUnion() && child.children.isEmpty());
			return children;
		}

		boolean isLeaf() {
			return !(GraphQLTypeUtil.unwrapAll(this.field.getType()) instanceof GraphQLFieldsContainer) && !isUnion();
		}

		boolean isUnion() {
			return GraphQLTypeUtil.unwrapAll(this.field.getType()) instanceof GraphQLUnionType;
		}

		String render() {
			String selections = this.children.stream().map(Selection::render).collect(Collectors.joining(" "));
			if (this.fragmentOn != null) {
				return "... on " + this.fragmentOn.getName() + " { " + selections + " }";
			}
			if (isLeaf()) {
				return this.field.getName();
			}
			return this.field.getName() + " { " + (isUnion() ? "__typename " : "") + selections + " }";
		}

		String typeName() {
			return GraphQLTypeUtil.unwrapAll(this.field.getType()).getName();
		}

		void collectFields(String parentType, Set<String> fields) {
			if (this.fragmentOn != null) {
				this.children.forEach((child) -> child.collectFields(this.fragmentOn.getName(), fields));
				return;
			}
			fields.add(parentType + "." + this.field.getName());
			this.children.forEach((child) -> child.collectFields(typeName(), fields));
		}

		void collectValued(String parentType, Object value, Set<String> valued) {
			if (value == null) {
				return;
			}
			if (value instanceof List<?> list) {
				list.forEach((item) -> collectValued(parentType, item, valued));
				return;
			}
			if (this.fragmentOn != null) {
				if (value instanceof Map<?, ?> object && this.fragmentOn.getName().equals(object.get("__typename"))) {
					this.children.forEach((child) -> child.collectValued(this.fragmentOn.getName(),
							object.get(child.field.getName()), valued));
				}
				return;
			}
			valued.add(parentType + "." + this.field.getName());
			if (value instanceof Map<?, ?> object) {
				this.children.forEach((child) -> child.collectValued(typeName(),
						(child.fragmentOn != null) ? object : object.get(child.field.getName()), valued));
			}
		}

	}

}
