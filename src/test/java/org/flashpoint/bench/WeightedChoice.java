package org.flashpoint.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Draws items with fixed relative weights, such as a Zipf distribution over ranked items.
 */
final class WeightedChoice<T> {

	private final List<T> items;

	private final double[] cumulative;

	private WeightedChoice(List<T> items, double[] weights) {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("Nothing to choose from");
		}
		this.items = List.copyOf(items);
		this.cumulative = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			this.cumulative[i] = sum;
		}
	}

	static <T> WeightedChoice<T> of(List<T> items, ToDoubleFunction<T> weight) {
		return new WeightedChoice<>(items, items.stream().mapToDouble(weight).toArray());
	}

	/** The item of rank r (from 1) has weight 1 / r^exponent. */
	static <T> WeightedChoice<T> zipf(List<T> ranked, double exponent) {
		double[] weights = new double[ranked.size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = 1 / Math.pow(i + 1, exponent);
		}
		return new WeightedChoice<>(ranked, weights);
	}

	T next(Random random) {
		double point = random.nextDouble() * this.cumulative[this.cumulative.length - 1];
		int index = Arrays.binarySearch(this.cumulative, point);
		return this.items.get((index >= 0) ? index + 1 : -index - 1);
	}

	List<T> items() {
		return this.items;
	}

}
