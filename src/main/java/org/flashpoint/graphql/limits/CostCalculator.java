package org.flashpoint.graphql.limits;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.flashpoint.paging.Paginator;

/**
 * Computes an operation's {@link QueryCost} from the parsed document and its variables,
 * before anything runs, in one pass over the document as written:
 * <ul>
 * <li>every object a field returns costs 1 (an edge wrapper, {@code XEdge}, costs 0); a
 * scalar costs 0; a field declared {@code @cost(weight: w)} adds {@code w} (times the
 * value of the argument {@code @cost(multiplier:)} names) once for each time it appears
 * in the document, not once per parent: batch loading does its store work once for all
 * the parents of a page;</li>
 * <li>a list multiplies the objects selected inside it by its size: a connection's
 * {@code edges} and {@code nodes} by the connection's {@code first} or {@code last}
 * (default 20, at most 100), another list by its {@code first} argument, by the number of
 * {@code ids} asked for, by its declared {@code @cost(listSize:)}, or else by
 * {@code flashpoint.limits.default-list-size};</li>
 * <li>each root field of a mutation adds {@code flashpoint.limits.mutation-cost}.</li>
 * </ul>
 * It runs before validation, so it tolerates unknown fields, types and fragments and
 * fragment cycles (counting them as nothing), which validation then refuses. A fragment
 * is computed once per page size it is spread under and reused, so a chain of fragments
 * each spreading the previous one twice is cheap to compute however large its expansion:
 * graphql-java's normalised operation would expand it. {@code @skip} and {@code @include}
 * are not evaluated: a field counts as if it were selected.
 */
final class CostCalculator {

	private static final String COST = "cost";

	private final GraphQLSchema schema;

	private final Map<String, FragmentDefinition> fragments;

	private final Map<String, Object> variables;

	private final int defaultListSize;

	private final Map<String, QueryCost> fragmentCosts = new HashMap<>();

	private final Set<String> expanding = new HashSet<>();

	CostCalculator(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
			int defaultListSize) {
		this.schema = schema;
		this.fragments = fragments;
		this.variables = variables;
		this.defaultListSize = defaultListSize;
	}

	/** The operation's cost; a mutation's root fields each add {@code mutationCost}. */
	QueryCost cost(OperationDefinition operation, long mutationCost) {
		GraphQLCompositeType root = switch (operation.getOperation()) {
			case MUTATION -> this.schema.getMutationType();
			case SUBSCRIPTION -> this.schema.getSubscriptionType();
			default -> this.schema.getQueryType();
		};
		QueryCost cost = selections(operation.getSelectionSet(), root, 0);
		if (operation.getOperation() == OperationDefinition.Operation.MUTATION) {
			long fields = operation.getSelectionSet().getSelectionsOfType(Field.class).size();
			cost = new QueryCost(cost.objects(),
					QueryCost.saturatedAdd(cost.weights(), QueryCost.saturatedMultiply(fields, mutationCost)),
					cost.nodes(), cost.depth(), cost.repeats(), cost.repeatedField());
		}
		return cost;
	}

	/**
	 * @param page the page size of the connection this selection set belongs to (its
	 * {@code edges} and {@code nodes}), 0 outside a connection
	 */
	private QueryCost selections(SelectionSet set, GraphQLCompositeType type, int page) {
		if (set == null || type == null) {
			return QueryCost.NONE;
		}
		QueryCost total = QueryCost.NONE;
		Map<String, Integer> occurrences = new HashMap<>();
		for (Selection<?> selection : set.getSelections()) {
			if (selection instanceof Field field) {
				int seen = occurrences.merge(field.getName(), 1, Integer::sum);
				total = total.plus(field(field, type, page));
				if (seen > total.repeats()) {
					total = new QueryCost(total.objects(), total.weights(), total.nodes(), total.depth(), seen,
							type.getName() + "." + field.getName());
				}
			}
			else if (selection instanceof InlineFragment inline) {
				GraphQLCompositeType on = (inline.getTypeCondition() != null)
						? composite(inline.getTypeCondition().getName()) : type;
				total = total.plus(selections(inline.getSelectionSet(), on, page));
			}
			else if (selection instanceof FragmentSpread spread) {
				total = total.plus(fragment(spread.getName(), page));
			}
		}
		return total;
	}

	private QueryCost fragment(String name, int page) {
		String key = name + "@" + page;
		QueryCost known = this.fragmentCosts.get(key);
		if (known != null) {
			return known;
		}
		FragmentDefinition definition = this.fragments.get(name);
		if (definition == null || !this.expanding.add(name)) {
			// Unknown or cyclic: validation, which runs next, refuses the document.
			return QueryCost.NONE;
		}
		QueryCost cost = selections(definition.getSelectionSet(), composite(definition.getTypeCondition().getName()),
				page);
		this.expanding.remove(name);
		this.fragmentCosts.put(key, cost);
		return cost;
	}

	/** The composite type of the name; {@code null} for a name validation will refuse. */
	private GraphQLCompositeType composite(String name) {
		return (this.schema.getType(name) instanceof GraphQLCompositeType composite) ? composite : null;
	}

	private QueryCost field(Field field, GraphQLCompositeType parent, int page) {
		if (field.getName().startsWith("__") || !(parent instanceof GraphQLFieldsContainer container)) {
			// __typename, and introspection, which is bounded by the schema's size.
			return new QueryCost(0, 0, 0, 1, 0, null);
		}
		GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
		if (definition == null) {
			return new QueryCost(0, 0, 0, 1, 0, null);
		}
		GraphQLOutputType type = definition.getType();
		GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type);
		long weight = QueryCost.saturatedMultiply(declared(definition, "weight", 0), multiplier(field, definition));
		if (!(named instanceof GraphQLCompositeType composite)) {
			return new QueryCost(0, weight, 0, 1, 0, null);
		}
		boolean connection = named.getName().endsWith("Connection");
		int innerPage = connection ? pageSize(field, definition) : 0;
		QueryCost inner = selections(field.getSelectionSet(), composite, innerPage);
		long each = QueryCost.saturatedAdd(named.getName().endsWith("Edge") ? 0 : 1, inner.objects());
		long weights = QueryCost.saturatedAdd(weight, inner.weights());
		if (!isList(type)) {
			return new QueryCost(each, weights, inner.nodes(), inner.depth() + 1, inner.repeats(),
					inner.repeatedField());
		}
		long size = parent.getName().endsWith("Connection") ? page : listSize(field, definition);
		return new QueryCost(QueryCost.saturatedMultiply(size, each), weights,
				QueryCost.saturatedMultiply(size, QueryCost.saturatedAdd(1, inner.nodes())), inner.depth() + 1,
				inner.repeats(), inner.repeatedField());
	}

	/** The value of the argument {@code @cost(multiplier:)} names (at least 1), or 1. */
	private long multiplier(Field field, GraphQLFieldDefinition definition) {
		GraphQLAppliedDirective cost = definition.getAppliedDirective(COST);
		GraphQLAppliedDirectiveArgument name = (cost != null) ? cost.getArgument("multiplier") : null;
		if (name == null || !(name.getValue() instanceof String argument)) {
			return 1;
		}
		Integer value = intArgument(field, definition, argument);
		return (value != null) ? Math.max(1, value) : 1;
	}

	/**
	 * A connection's page: {@code first}, else {@code last}, else the default; never more
	 * than the cap.
	 */
	private int pageSize(Field field, GraphQLFieldDefinition definition) {
		Integer size = intArgument(field, definition, "first");
		if (size == null) {
			size = intArgument(field, definition, "last");
		}
		return clamp((size != null) ? size : Paginator.DEFAULT_PAGE_SIZE);
	}

	private long listSize(Field field, GraphQLFieldDefinition definition) {
		Integer first = intArgument(field, definition, "first");
		if (first != null) {
			return clamp(first);
		}
		Integer ids = listLength(field, "ids");
		if (ids != null) {
			return ids;
		}
		return declared(definition, "listSize", this.defaultListSize);
	}

	/**
	 * Sizes over the cap are refused by the page-size check when the field runs; a
	 * negative one too. Counting them at the cap keeps the figures meaningful.
	 */
	private static int clamp(int size) {
		return Math.max(0, Math.min(size, Paginator.MAX_PAGE_SIZE));
	}

	private Integer intArgument(Field field, GraphQLFieldDefinition definition, String name) {
		Argument argument = argument(field, name);
		if (argument != null) {
			Object value = literal(argument.getValue());
			return (value instanceof Number number) ? number.intValue() : null;
		}
		GraphQLArgument declared = definition.getArgument(name);
		if (declared != null && declared.hasSetDefaultValue()) {
			Object value = declared.getArgumentDefaultValue().getValue();
			Object literal = (value instanceof Value<?> v) ? literal(v) : value;
			return (literal instanceof Number number) ? number.intValue() : null;
		}
		return null;
	}

	private Integer listLength(Field field, String name) {
		Argument argument = argument(field, name);
		if (argument == null) {
			return null;
		}
		Object value = literal(argument.getValue());
		return (value instanceof List<?> list) ? list.size() : null;
	}

	private static Argument argument(Field field, String name) {
		return field.getArguments().stream().filter((a) -> a.getName().equals(name)).findFirst().orElse(null);
	}

	private Object literal(Value<?> value) {
		if (value instanceof VariableReference reference) {
			return this.variables.get(reference.getName());
		}
		if (value instanceof IntValue number) {
			return number.getValue();
		}
		if (value instanceof ArrayValue array) {
			return array.getValues();
		}
		return null;
	}

	private static long declared(GraphQLFieldDefinition definition, String argument, long otherwise) {
		GraphQLAppliedDirective cost = definition.getAppliedDirective(COST);
		if (cost == null) {
			return otherwise;
		}
		GraphQLAppliedDirectiveArgument value = cost.getArgument(argument);
		Object number = (value != null) ? value.getValue() : null;
		return (number instanceof Number n) ? n.longValue() : otherwise;
	}

	private static boolean isList(GraphQLType type) {
		return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type));
	}

}
