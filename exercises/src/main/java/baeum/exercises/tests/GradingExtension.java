package baeum.exercises.tests;

import baeum.exercises.Student;
import baeum.tensor.Rng;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * What a {@code @Graded} test gets from the run it is part of ({@link TestRunner}), registered by
 * {@link baeum.exercises.Graded} itself:
 * <ul>
 *   <li>its {@link Student} parameter (one per test, or per invocation of a parameterized test;
 *       a {@code @BeforeEach} method that takes a Student gets the test's own);</li>
 *   <li>a condition that keeps a test from running when the run says so (an earlier test of the
 *       exercise ended the student's session, the cell uses a forbidden call): JUnit then skips it,
 *       and the run fails it with that reason;</li>
 *   <li>a random generator of the test's own ({@link Rng#threadScope()}) from before its
 *       {@code @BeforeEach} methods to after its {@code @AfterEach} ones, since the grader runs
 *       other submissions' tests in other threads at the same time.</li>
 * </ul>
 */
public final class GradingExtension implements ParameterResolver, ExecutionCondition, BeforeEachCallback, AfterEachCallback,
        InvocationInterceptor {

    /** Where a run keeps itself in its launcher session's store (and a test its own values). */
    static final String NAMESPACE = "baeum.grading";

    private static final ExtensionContext.Namespace OWN = ExtensionContext.Namespace.create(NAMESPACE);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Student.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestRunner.Run run = run(context);
        GradedTest t = run == null ? null : run.test(context.getUniqueId());
        if (t == null)
            throw new ParameterResolutionException("a @Graded test calls the student's code, which only check() and the grader pass in:"
                    + " run it with those");
        return context.getStore(OWN).getOrComputeIfAbsent("student", k -> run.student(t), Student.class);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        TestRunner.Run run = run(context);
        GradedTest t = run == null || context.getTestMethod().isEmpty() ? null : run.test(context.getUniqueId());
        String reason = t == null ? null : run.skip(t);
        return reason == null ? ConditionEvaluationResult.enabled("graded") : ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(OWN).put("rng", new OwnRng(Thread.currentThread(), Rng.threadScope()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        OwnRng own = context.getStore(OWN).remove("rng", OwnRng.class);
        if (own != null) own.scope().close();
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call, ExtensionContext context)
            throws Throwable {
        inOwnRng(invocation, context);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                            ExtensionContext context) throws Throwable {
        inOwnRng(invocation, context);
    }

    /**
     * A test that JUnit runs in a thread of its own ({@code @Timeout(threadMode = SEPARATE_THREAD)})
     * gets a generator of its own there too.
     */
    private static void inOwnRng(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
        OwnRng own = context.getStore(OWN).get("rng", OwnRng.class);
        if (own == null || own.thread() == Thread.currentThread()) {
            invocation.proceed();
            return;
        }
        try (var scope = Rng.threadScope()) {
            invocation.proceed();
        }
    }

    private static TestRunner.Run run(ExtensionContext context) {
        return context.getStore(ExtensionContext.StoreScope.LAUNCHER_SESSION, OWN).get(TestRunner.Run.class, TestRunner.Run.class);
    }

    private record OwnRng(Thread thread, Rng.Scope scope) {
    }
}
