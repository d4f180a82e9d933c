package org.flashpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/**
 * The README's ```graphql blocks, and how a reader runs them: in order, pasted into
 * GraphiQL, an example with variables filled in from the answer of the example just
 * before it (the read that shows what to send). What each must answer holds on any
 * database — fresh, after imports, or after the examples ran before.
 */
public final class ReadmeExamples {

	private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern OPERATION = Pattern.compile("^(?:query|mutation) (\\w+)");

	private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)\\s*:");

	private ReadmeExamples() {
	}

	public static List<String> graphQlBlocks() {
		List<String> blocks = new ArrayList<>();
		Matcher matcher = GRAPHQL_BLOCK.matcher(readme());
		while (matcher.find()) {
			blocks.add(matcher.group(1));
		}
		return blocks;
	}

	/**
	 * Mutations, and the change feed that lists them, run against a database of their
	 * own, so the demo data of the read tests stays as seeded.
	 */
	public static boolean writesOrFollowsWrites(String example) {
		return example.startsWith("mutation") || example.contains("changes(");
	}

	/**
	 * An example that declares variables, which a reader fills in from an earlier answer.
	 */
	public static boolean needsVariables(String example) {
		return example.matches("(?s)^(query|mutation) \\w+\\(\\$.*");
	}

	/**
	 * Runs every read example that needs no variables (an import job's id comes from an
	 * upload, which the Postman collection makes): each answers without errors and names
	 * something; {@code integrityReport} (ADMIN) finds the database intact.
	 * @return the answers, by operation name
	 */
	public static Map<String, Map<?, ?>> runReadExamples(GraphQlTester anonymous, GraphQlTester admin) {
		Map<String, Map<?, ?>> answers = new LinkedHashMap<>();
		List<String> examples = graphQlBlocks().stream()
			.filter((example) -> !writesOrFollowsWrites(example) && !needsVariables(example))
			.toList();
		assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
		for (String example : examples) {
			if (example.contains("integrityReport")) {
				admin.document(example)
					.execute()
					.errors()
					.verify()
					.path("integrityReport.intact")
					.entity(Boolean.class)
					.isEqualTo(true);
				continue;
			}
			Map<?, ?> data = anonymous.document(example).execute().errors().verify().path("").entity(Map.class).get();
			assertThat(data.toString()).as(example).contains("name=");
			answers.put(name(example), data);
		}
		return answers;
	}

	/**
	 * Runs the write examples, and the change feed after them, in order as an ADMIN: each
	 * mutation answers without userErrors (the rejected one with its two), the feed lists
	 * something.
	 * @return the answers, by operation name
	 */
	public static Map<String, Map<?, ?>> runWriteExamples(GraphQlTester admin) {
		Map<String, Map<?, ?>> answers = new LinkedHashMap<>();
		List<String> blocks = graphQlBlocks();
		for (int i = 0; i < blocks.size(); i++) {
			String example = blocks.get(i);
			if (!writesOrFollowsWrites(example)) {
				continue;
			}
			GraphQlTester.Request<?> request = admin.document(example);
			if (needsVariables(example)) {
				Map<?, ?> before = admin.document(blocks.get(i - 1))
					.execute()
					.errors()
					.verify()
					.path("")
					.entity(Map.class)
					.get();
				for (String variable : declaredVariables(example)) {
					Object value = find(before, variable);
					assertThat(value).as("$%s of %s, from the answer of the example before it", variable, name(example))
						.isNotNull();
					request = request.variable(variable, value);
				}
			}
			Map<?, ?> data = request.execute().errors().verify().path("").entity(Map.class).get();
			Object payload = data.values().iterator().next();
			if (example.startsWith("mutation Rejected")) {
				assertThat(((Map<?, ?>) payload).get("userErrors")).as(example).asInstanceOf(LIST).hasSize(2);
			}
			else if (example.startsWith("mutation")) {
				assertThat(((Map<?, ?>) payload).get("userErrors")).as(example).asInstanceOf(LIST).isEmpty();
			}
			else {
				assertThat(((Map<?, ?>) payload).get("totalCount")).as(example).isNotEqualTo(0);
			}
			answers.put(name(example), data);
		}
		assertThat(answers).hasSizeGreaterThanOrEqualTo(5);
		return answers;
	}

	static List<String> declaredVariables(String example) {
		String signature = example.substring(0, example.indexOf(')') + 1);
		return VARIABLE.matcher(signature).results().map((match) -> match.group(1)).toList();
	}

	/** The first value under this key anywhere in an answer, depth first. */
	private static Object find(Object node, String key) {
		if (node instanceof Map<?, ?> map) {
			if (map.containsKey(key)) {
				return map.get(key);
			}
			for (Object child : map.values()) {
				Object found = find(child, key);
				if (found != null) {
					return found;
				}
			}
		}
		else if (node instanceof List<?> list) {
			for (Object child : list) {
				Object found = find(child, key);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static String name(String example) {
		Matcher matcher = OPERATION.matcher(example);
		return matcher.find() ? matcher.group(1) : example.strip();
	}

	private static String readme() {
		try {
			return Files.readString(Path.of("README.md"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
