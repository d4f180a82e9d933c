package org.flashpoint.graphql;

import java.util.List;

import graphql.GraphQLContext;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.relay.Connection;
import graphql.relay.Edge;
import graphql.relay.PageInfo;
import graphql.schema.DataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import org.flashpoint.core.NodeDocument;
import org.flashpoint.core.GlobalId;
import org.flashpoint.paging.Paginator;

/**
 * Wires the fields every type of a kind shares, once for all: {@code id} on every
 * {@code Node} (the opaque global id), {@code totalCount} on every connection and the
 * flags of {@code PageInfo}.
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
					|| isConnectionField(environment, "nodes") || isPageFlag(environment);
		}

		@Override
		public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
			if (isNodeId(environment)) {
				String typeName = environment.getParentType().getName();
				return (env) -> GlobalId.of(typeName, env.<NodeDocument>getSource().id()).encode();
			}
			if (isPageFlag(environment)) {
				boolean next = environment.getFieldDefinition().getName().equals("hasNextPage");
				return (env) -> {
					Paginator.EmptyPage empty = (env.getLocalContext() instanceof GraphQLContext context)
							? context.get(Paginator.EmptyPage.class) : null;
					if (empty != null) {
						return next ? empty.hasNextPage() : empty.hasPreviousPage();
					}
					PageInfo pageInfo = env.getSource();
					return next ? pageInfo.isHasNextPage() : pageInfo.isHasPreviousPage();
				};
			}
			if (isConnectionField(environment, "nodes")) {
				return (env) -> env.<Connection<?>>getSource().getEdges().stream().map(Edge::getNode).toList();
			}
			return (env) -> env
				.<GraphQLContext>getLocalContext().<Paginator.TotalCount>get(Paginator.TotalCount.class).getAsLong();
		}

		private static boolean isNodeId(FieldWiringEnvironment environment) {
			return environment.getFieldDefinition().getName().equals("id")
					&& environment.getParentType() instanceof ObjectTypeDefinition type
					&& type.getImplements()
						.stream()
						.anyMatch((t) -> t instanceof TypeName name && name.getName().equals("Node"));
		}

		/**
		 * {@code PageInfo.hasNextPage} and {@code hasPreviousPage}: from the page's
		 * {@link Paginator.EmptyPage} when it has no records, since Spring's adapter
		 * reads them from edges it does not have.
		 */
		private static boolean isPageFlag(FieldWiringEnvironment environment) {
			String field = environment.getFieldDefinition().getName();
			return environment.getParentType().getName().equals("PageInfo")
					&& (field.equals("hasNextPage") || field.equals("hasPreviousPage"));
		}

		private static boolean isConnectionField(FieldWiringEnvironment environment, String field) {
			return environment.getFieldDefinition().getName().equals(field)
					&& environment.getParentType().getName().endsWith("Connection");
		}

	}

}
