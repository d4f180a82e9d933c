package org.flashpoint.graphql.limits;

/**
 * What an operation asks for, computed before it runs (see {@link CostCalculator}).
 *
 * @param objects the objects it may return, multiplied through the sizes of the lists
 * they sit in
 * @param weights the declared weights of its fields, once per field in the document:
 * batch loading does a field's store work once for all its parents
 * @param nodes the records it may return: for every list, its size times the sizes of the
 * lists around it (GitHub's node count)
 * @param depth the deepest nesting of fields
 * @param repeats the most times one field appears in one selection set, under aliases
 * @param repeatedField that field, as {@code Type.field}; {@code null} when nothing is
 * selected
 */
public record QueryCost(long objects, long weights, long nodes, int depth, int repeats, String repeatedField) {

	static final QueryCost NONE = new QueryCost(0, 0, 0, 0, 0, null);

	/** The points it costs: objects and weights. */
	public long cost() {
		return saturatedAdd(this.objects, this.weights);
	}

	/** Both selections side by side in one selection set. */
	QueryCost plus(QueryCost other) {
		boolean mine = this.repeats >= other.repeats;
		return new QueryCost(saturatedAdd(this.objects, other.objects), saturatedAdd(this.weights, other.weights),
				saturatedAdd(this.nodes, other.nodes), Math.max(this.depth, other.depth),
				mine ? this.repeats : other.repeats, mine ? this.repeatedField : other.repeatedField);
	}

	static long saturatedAdd(long a, long b) {
		long sum = a + b;
		return (sum < 0) ? Long.MAX_VALUE : sum;
	}

	static long saturatedMultiply(long a, long b) {
		long high = Math.multiplyHigh(a, b);
		long low = a * b;
		return (high != 0 || low < 0) ? Long.MAX_VALUE : low;
	}

}
