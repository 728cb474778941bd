package cn.gov.jiangmen.subsidy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * {@link ProcedureTest}'s reset, in the shared context: {@link TestData#reset} before each test (before
 * the class's own {@code @BeforeEach}, which builds on an empty procedure) and the engine's clock back
 * to now after it; with {@code once}, the reset before the first test only and the clock kept. After the
 * class the procedure is emptied again, so that a plain {@link AppTest} running next finds no
 * application, batch or notice left behind.
 */
final class FreshProcedure implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FreshProcedure.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		if (!once(context)) {
			reset(context);
			return;
		}
		// The class's store lives as long as the class: the first test of the class resets, the others find the
		// mark. A parameterized test's invocation sits under its method's context: climb to the class.
		ExtensionContext classContext = context;
		while (classContext.getTestMethod().isPresent()) {
			classContext = classContext.getParent().orElseThrow();
		}
		classContext.getStore(NAMESPACE).getOrComputeIfAbsent("reset", key -> {
			reset(context);
			return Boolean.TRUE;
		});
	}

	/** A class that builds one world for all its tests keeps its clock too, until the class is done. */
	@Override
	public void afterEach(ExtensionContext context) {
		if (!once(context)) {
			ClockUtil.reset();
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		reset(context);
	}

	private static boolean once(ExtensionContext context) {
		return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), ProcedureTest.class)
			.map(ProcedureTest::once)
			.orElse(false);
	}

	private static void reset(ExtensionContext context) {
		ApplicationContext spring = SpringExtension.getApplicationContext(context);
		TestData.reset(spring.getBean(ProcessEngine.class), spring.getBean(JdbcClient.class));
	}

}
