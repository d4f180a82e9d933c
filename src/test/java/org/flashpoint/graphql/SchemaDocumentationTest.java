package org.flashpoint.graphql;

import java.util.ArrayList;
import java.util.List;

import graphql.introspection.Introspection;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;
import org.flashpoint.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema is the API's documentation: every type, field, argument and enum value
 * explains itself.
 */
class SchemaDocumentationTest extends IntegrationTest {

	private static final List<String> BUILT_IN_SCALARS = List.of("String", "Int", "Float", "Boolean", "ID");

	@Autowired
	private GraphQlSource graphQlSource;

	@Test
	void everyTypeFieldArgumentAndEnumValueHasADescription() {
		List<String> undescribed = new ArrayList<>();
		for (GraphQLNamedType type : ownTypes(this.graphQlSource.schema())) {
			check(undescribed, type.getName(), type.getDescription());
			if (type instanceof GraphQLFieldsContainer container) {
				for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
					String path = type.getName() + "." + field.getName();
					check(undescribed, path, field.getDescription());
					for (GraphQLArgument argument : field.getArguments()) {
						check(undescribed, path + "(" + argument.getName() + ")", argument.getDescription());
					}
				}
			}
			if (type instanceof GraphQLInputObjectType input) {
				input.getFieldDefinitions()
					.forEach((field) -> check(undescribed, type.getName() + "." + field.getName(),
							field.getDescription()));
			}
			if (type instanceof GraphQLEnumType enumType) {
				enumType.getValues()
					.forEach((value) -> check(undescribed, type.getName() + "." + value.getName(),
							value.getDescription()));
			}
		}
		assertThat(undescribed).as("schema elements without a description").isEmpty();
	}

	@Test
	void theSchemaHasTheFixedEntryPoints() {
		GraphQLSchema schema = this.graphQlSource.schema();
		assertThat(schema.getQueryType().getFieldDefinitions()).extracting(GraphQLFieldDefinition::getName)
			.contains("node", "nodes", "actor", "actors", "event", "events", "statement", "statements", "region",
					"regions", "source", "sources");
		assertThat(schema.getObjectType("Event").getFieldDefinitions()).extracting(GraphQLFieldDefinition::getName)
			.contains("type", "occurredOn", "datePrecision", "initiator", "target", "participants", "location",
					"region", "fatalities", "reports", "statements", "links", "externalIds", "version", "createdAt",
					"updatedAt");
		assertThat(schema.getType("QuadClass")).isInstanceOf(GraphQLEnumType.class);
	}

	static List<GraphQLNamedType> ownTypes(GraphQLSchema schema) {
		return schema.getAllTypesAsList()
			.stream()
			.filter((type) -> !Introspection.isIntrospectionTypes(type))
			.filter((type) -> !(type instanceof GraphQLScalarType && BUILT_IN_SCALARS.contains(type.getName())))
			.filter((type) -> !(type instanceof GraphQLUnionType) || !type.getName().startsWith("_"))
			.toList();
	}

	private static void check(List<String> undescribed, String element, String description) {
		if (description == null || description.isBlank()) {
			undescribed.add(element);
		}
	}

}
