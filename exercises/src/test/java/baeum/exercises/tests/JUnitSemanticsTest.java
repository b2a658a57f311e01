package baeum.exercises.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Graded tests run on the JUnit Platform, so JUnit's annotations mean what JUnit says: a
 * {@code @BeforeEach} runs before each test (with the test's own Student), a {@code @Timeout}
 * fails a test that runs too long, a {@code @ParameterizedTest} runs once per argument and passes
 * only when all pass, and a {@code @Disabled} test is neither run nor graded. The hand-written
 * reflection runner this replaced ignored all four.
 */
class JUnitSemanticsTest {

    /** What the fixtures did, in order (the fixtures run one at a time, in this JVM). */
    static final List<String> LOG = new CopyOnWriteArrayList<>();

    /** A student whose {@code twice(x)} is {@code f(x)}, counting its calls. */
    static final class FakeStudent implements Student {
        final Function<Integer, Integer> f;
        final AtomicInteger calls = new AtomicInteger();

        FakeStudent(Function<Integer, Integer> f) {
            this.f = f;
        }

        @Override
        public <T> T call(String method, Class<T> type, Object... args) {
            calls.incrementAndGet();
            return type.cast(f.apply((Integer) args[0]));
        }
    }

    static final class Fixture {
        private Integer prepared;
        private Student preparedBy;

        @BeforeEach
        void prepare(Student s) {
            LOG.add("before");
            preparedBy = s;
            prepared = s.call("twice", Integer.class, 21);
        }

        @Test
        @DisplayName("uses what @BeforeEach prepared")
        @Graded(exercise = "ex_twice", points = 1)
        void usesPrepared(Student s) {
            LOG.add("usesPrepared");
            assertSame(preparedBy, s, "@BeforeEach and the test get the same student");
            assertEquals(42, prepared);
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3})
        @DisplayName("twice of small numbers")
        @Graded(exercise = "ex_twice", points = 2)
        void twiceOfSmall(int x, Student s) {
            LOG.add("twiceOfSmall " + x);
            assertEquals(2 * x, s.call("twice", Integer.class, x));
        }

        @Test
        @Timeout(value = 300, unit = TimeUnit.MILLISECONDS)
        @Graded(exercise = "ex_slow", points = 1)
        void slow(Student s) throws InterruptedException {
            LOG.add("slow");
            Thread.sleep(20_000);
        }

        @Test
        @Disabled("switched off by the teacher")
        @Graded(exercise = "ex_twice", points = 5)
        void switchedOff(Student s) {
            LOG.add("switchedOff");
        }
    }

    @Disabled("a whole class switched off")
    static final class DisabledFixture {
        @Test
        @Graded(exercise = "ex_twice", points = 1)
        void never(Student s) {
            LOG.add("never");
        }
    }

    static final class NoTestFixture {
        @Graded(exercise = "ex_twice", points = 1)
        void notATest(Student s) {
        }
    }

    private static List<GradedTest> fixture() {
        return TestDiscovery.find(List.of(Fixture.class), false);
    }

    private static Map<String, Outcome> run(List<GradedTest> tests, Student s) {
        LOG.clear();
        return TestRunner.run(tests, t -> s).stream().collect(Collectors.toMap(o -> o.test().method().getName(), o -> o));
    }

    @Test
    void disabledTestsAreNeitherGradedNorRun() {
        List<String> names = fixture().stream().map(t -> t.method().getName()).toList();
        assertEquals(List.of("slow", "twiceOfSmall", "usesPrepared"), names, "ordered by exercise, then method name");
        assertTrue(TestDiscovery.find(List.of(DisabledFixture.class), false).isEmpty());
        run(fixture(), new FakeStudent(x -> 2 * x));
        assertFalse(LOG.contains("switchedOff") || LOG.contains("never"), LOG.toString());
    }

    @Test
    void beforeEachRunsBeforeEveryTestWithItsStudent() {
        var out = run(fixture(), new FakeStudent(x -> 2 * x));
        assertTrue(out.get("usesPrepared").passed(), out.get("usesPrepared").message());
        // once before each test and before each invocation of the parameterized one
        assertEquals(5, LOG.stream().filter("before"::equals).count(), LOG.toString());
        assertEquals("before", LOG.get(LOG.indexOf("usesPrepared") - 1));
    }

    @Test
    void timeoutFailsATestThatRunsTooLong() {
        long t0 = System.nanoTime();
        Outcome slow = run(fixture(), new FakeStudent(x -> 2 * x)).get("slow");
        assertFalse(slow.passed());
        assertTrue(slow.message().contains("timed out after 300 milliseconds"), slow.message());
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "the test was stopped at its @Timeout, not after its 20 s sleep");
    }

    @Test
    void parameterizedTestRunsEveryArgumentAndPassesOnlyWhenAllPass() {
        var right = run(fixture(), new FakeStudent(x -> 2 * x)).get("twiceOfSmall");
        assertTrue(right.passed(), right.message());
        assertEquals(2, right.score());
        assertEquals(List.of("twiceOfSmall 1", "twiceOfSmall 2", "twiceOfSmall 3"),
                LOG.stream().filter(l -> l.startsWith("twiceOfSmall")).toList());

        var wrong = run(fixture(), new FakeStudent(x -> x == 2 ? 5 : 2 * x)).get("twiceOfSmall");
        assertFalse(wrong.passed());
        assertEquals(0, wrong.score());
        assertTrue(wrong.message().startsWith("case [2] 2: expected: <4> but was: <5>"), wrong.message());
        assertEquals(3, LOG.stream().filter(l -> l.startsWith("twiceOfSmall")).count(), "every argument still runs");

        GradedTest t = fixture().get(1);
        assertEquals("twice of small numbers", t.name(), "one graded test, named without its arguments");
    }

    @Test
    void aTestTheRunSkipsFailsWithTheReasonAndDoesNotRun() {
        LOG.clear();
        List<Outcome> out = TestRunner.run(fixture(), new TestRunner.Students() {
            @Override
            public Student student(GradedTest t) {
                return new FakeStudent(x -> 2 * x);
            }

            @Override
            public String skip(GradedTest t) {
                return t.exercise().equals("ex_twice") ? "not run: an earlier test failed" : null;
            }
        });
        for (Outcome o : out) {
            if (!o.test().exercise().equals("ex_twice")) continue;
            assertFalse(o.passed());
            assertEquals("not run: an earlier test failed", o.message());
        }
        assertEquals(List.of("before", "slow"), LOG, "only the test of the other exercise ran (after its @BeforeEach)");
    }

    @Test
    void eachTestGetsAStudentOfItsOwn() {
        List<Student> given = new CopyOnWriteArrayList<>();
        TestRunner.run(fixture(), t -> {
            Student s = new FakeStudent(x -> 2 * x);
            given.add(s);
            return s;
        });
        assertEquals(5, given.size(), "one per test, one per invocation of the parameterized test");
        assertEquals(5, given.stream().distinct().count());
    }

    @Test
    void aGradedMethodThatJUnitWouldNotRunIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> TestDiscovery.find(List.of(NoTestFixture.class), false));
        assertTrue(e.getMessage().contains("notATest: a @Graded method needs @Test"), e.getMessage());
    }
}
