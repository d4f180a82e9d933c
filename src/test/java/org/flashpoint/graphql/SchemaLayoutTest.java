package org.flashpoint.graphql;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import graphql.language.Document;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the schema files to the rule the README's Architecture section states: a field's
 * resolver lives in the package of the schema file that declares it
 * ({@code actor.graphqls} with {@code actor/}, {@code common.graphqls} with
 * {@code graphql/}). A controller that resolves a field another feature's file declares
 * fails here, naming both, so the declaration moves to an {@code extend type} block of
 * the resolving feature's file.
 */
class SchemaLayoutTest {

	private static final String ROOT = "org.flashpoint";

	/** The schema file of the GraphQL wiring package, whose name is not a feature's. */
	private static final String WIRING_FILE = "common";

	@Test
	void everyAnnotatedResolverLivesInThePackageOfTheSchemaFileDeclaringItsField() throws Exception {
		Map<String, String> fileOfField = declaringFiles();
		Map<String, String> packageOfResolver = annotatedResolvers();
		List<String> misplaced = new ArrayList<>();
		packageOfResolver.forEach((field, pkg) -> {
			String expected = expectedFile(pkg);
			String actual = fileOfField.get(field);
			if (!expected.equals(actual)) {
				misplaced.add(field + " is resolved in " + pkg + " but declared in "
						+ (actual != null ? actual + ".graphqls" : "no schema file") + ", not " + expected
						+ ".graphqls");
			}
		});
		// The scan must have found the resolvers it checks, root fields and nested ones
		// alike.
		assertThat(packageOfResolver).containsEntry("Mutation.createActor", "actor")
			.containsEntry("Mutation.recordEvent", "event")
			.containsEntry("Mutation.createApiKey", "security")
			.containsEntry("Actor.statements", "statement")
			.containsEntry("Region.children", "region")
			.containsEntry("Query.node", "graphql")
			.containsEntry("Subscription.changes", "live")
			.containsEntry("Subscription.eventRecorded", "event")
			.containsEntry("Subscription.importJob", "ingest");
		assertThat(misplaced).isEmpty();
	}

	/** A package (relative to the root) to the base name of its schema file. */
	private static String expectedFile(String pkg) {
		return pkg.equals("graphql") ? WIRING_FILE : pkg.substring(pkg.lastIndexOf('.') + 1);
	}

	/** {@code Type.field} to the base name of the schema file that declares it. */
	private static Map<String, String> declaringFiles() throws IOException {
		Map<String, String> files = new TreeMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:graphql/**/*.graphqls")) {
			String file = StringUtils.stripFilenameExtension(resource.getFilename());
			Document document = Parser.parse(resource.getContentAsString(StandardCharsets.UTF_8));
			// ObjectTypeExtensionDefinition is an ObjectTypeDefinition: extensions count
			// too.
			for (ObjectTypeDefinition type : document.getDefinitionsOfType(ObjectTypeDefinition.class)) {
				for (FieldDefinition field : type.getFieldDefinitions()) {
					files.put(type.getName() + "." + field.getName(), file);
				}
			}
		}
		return files;
	}

	/**
	 * {@code Type.field} to the package of the controller resolving it, for every
	 * {@code @SchemaMapping} (and its {@code @QueryMapping}/{@code @MutationMapping}/
	 * {@code @SubscriptionMapping} forms) and {@code @BatchMapping}, with the type and
	 * field named as Spring for GraphQL names them when the annotation leaves them out.
	 */
	private static Map<String, String> annotatedResolvers() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		Map<String, String> resolvers = new TreeMap<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(ROOT)) {
			Class<?> controller = ClassUtils.forName(candidate.getBeanClassName(), null);
			String pkg = controller.getPackageName().substring(ROOT.length() + 1);
			SchemaMapping onClass = AnnotatedElementUtils.findMergedAnnotation(controller, SchemaMapping.class);
			String classType = (onClass != null) ? onClass.typeName() : "";
			for (Method method : controller.getDeclaredMethods()) {
				SchemaMapping schema = AnnotatedElementUtils.findMergedAnnotation(method, SchemaMapping.class);
				BatchMapping batch = AnnotatedElementUtils.findMergedAnnotation(method, BatchMapping.class);
				if (schema != null) {
					String type = typeName(schema.typeName(), classType, method, false);
					resolvers.put(type + "." + or(schema.field(), method.getName()), pkg);
				}
				else if (batch != null) {
					String type = typeName(batch.typeName(), classType, method, true);
					resolvers.put(type + "." + or(batch.field(), method.getName()), pkg);
				}
			}
		}
		return resolvers;
	}

	/**
	 * The annotation's type name, else the controller's, else the source's class name.
	 */
	private static String typeName(String onMethod, String onClass, Method method, boolean batch) {
		if (StringUtils.hasText(onMethod)) {
			return onMethod;
		}
		return StringUtils.hasText(onClass) ? onClass : sourceType(method, batch);
	}

	/**
	 * The source's class name: the first parameter, or the element type of a batch's
	 * list.
	 */
	private static String sourceType(Method method, boolean batch) {
		Type first = method.getGenericParameterTypes()[0];
		if (batch && first instanceof ParameterizedType list) {
			first = list.getActualTypeArguments()[0];
		}
		return ((Class<?>) (first instanceof ParameterizedType type ? type.getRawType() : first)).getSimpleName();
	}

	private static String or(String value, String fallback) {
		return StringUtils.hasText(value) ? value : fallback;
	}

}
