package org.flashpoint.graphql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import graphql.language.AstPrinter;
import graphql.language.Node;
import graphql.language.Value;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

/**
 * graphql-java's validation messages quote a wrong literal by its Java {@code toString()}
 * ({@code argument 'filter.occurredFrom' with value 'StringValue{value='2023-13-45'}' is
 * not a valid 'Date'}), which tells a user about graphql-java, not about their query.
 * This puts the literal back as they wrote it in GraphQL ({@code "2023-13-45"}), printed
 * by graphql-java's {@link AstPrinter} from the request's own document.
 */
final class ReadableLiterals {

	/**
	 * What the {@code toString()} of every graphql-java literal ({@code StringValue},
	 * {@code ObjectValue}…) contains.
	 */
	private static final String AST_MARK = "Value{";

	private ReadableLiterals() {
	}

	/**
	 * The message with every literal of {@code document} it quotes in Java form printed
	 * as GraphQL.
	 */
	static String of(String message, String document) {
		if (message == null || document == null || !message.contains(AST_MARK)) {
			return message;
		}
		List<Value<?>> values = new ArrayList<>();
		try {
			collect(Parser.parse(document), values);
		}
		catch (InvalidSyntaxException ex) {
			return message;
		}
		// The outer literal first: its Java form contains those of the literals inside
		// it.
		values.sort(Comparator.comparingInt((Value<?> value) -> value.toString().length()).reversed());
		String readable = message;
		for (Value<?> value : values) {
			readable = readable.replace("'" + value + "'", AstPrinter.printAst(value));
		}
		return readable;
	}

	private static void collect(Node<?> node, List<Value<?>> values) {
		if (node instanceof Value<?> value) {
			values.add(value);
		}
		for (Node<?> child : node.getChildren()) {
			collect(child, values);
		}
	}

}
