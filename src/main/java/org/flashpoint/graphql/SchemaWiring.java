package org.flashpoint.graphql;

import java.util.List;

import graphql.GraphQLContext;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.relay.Connection;
import graphql.relay.Edge;
import graphql.schema.DataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires the fields every type of a kind shares, once for all: {@code id} on every
 * {@code Node} (the opaque global id) and {@code totalCount} on every connection.
 */
@Component
class SchemaWiring implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder builder) {
	}

	@Override
	public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
		container.add(new SharedFieldsWiringFactory());
	}

	private static final class SharedFieldsWiringFactory implements WiringFactory {

		@Override
		public boolean providesDataFetcher(FieldWiringEnvironment environment) {
			return isNodeId(environment) || isConnectionField(environment, "totalCount")
					|| isConnectionField(environment, "nodes");
		}

		@Override
		public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
			if (isNodeId(environment)) {
				String typeName = environment.getParentType().getName();
				return (env) -> GlobalId.of(typeName, env.<NodeDocument>getSource().id()).encode();
			}
			if (isConnectionField(environment, "nodes")) {
				return (env) -> env.<Connection<?>>getSource().getEdges().stream().map(Edge::getNode).toList();
			}
			return (env) -> env.<GraphQLContext>getLocalContext().<Paginator.TotalCount>get(Paginator.TotalCount.class)
				.getAsLong();
		}

		private static boolean isNodeId(FieldWiringEnvironment environment) {
			return environment.getFieldDefinition().getName().equals("id")
					&& environment.getParentType() instanceof ObjectTypeDefinition type
					&& type.getImplements().stream().anyMatch((t) -> t instanceof TypeName name && name.getName().equals("Node"));
		}

		private static boolean isConnectionField(FieldWiringEnvironment environment, String field) {
			return environment.getFieldDefinition().getName().equals(field)
					&& environment.getParentType().getName().endsWith("Connection");
		}

	}

}
