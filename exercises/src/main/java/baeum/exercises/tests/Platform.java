package baeum.exercises.tests;

import java.util.List;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * How this package calls the JUnit Platform: a launcher session with the Jupiter engine only and
 * nothing picked up from the class path (no other engines, listeners or
 * {@code junit-platform.properties}), so that grading runs the same in the grader, in a test and
 * in a student's session. Methods run in the order of their names unless the class says otherwise
 * ({@code @TestMethodOrder}), as the grader listed them before.
 */
final class Platform {

    private static final String METHOD_ORDER = "org.junit.jupiter.api.MethodOrderer$MethodName";

    private Platform() {
    }

    static LauncherSession open() {
        return LauncherFactory.openSession(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .addTestEngines(new JupiterTestEngine())
                .build());
    }

    static LauncherDiscoveryRequest request(List<? extends DiscoverySelector> selectors, LauncherDiscoveryListener listener) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .enableImplicitConfigurationParameters(false)
                .configurationParameter("junit.jupiter.testmethod.order.default", METHOD_ORDER)
                .listeners(listener)
                .build();
    }
}
