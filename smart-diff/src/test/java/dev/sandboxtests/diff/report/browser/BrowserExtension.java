package dev.sandboxtests.diff.report.browser;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The extension behind {@link WithBrowser}: starts the class's browser before its first test and keeps
 * it in the class's {@link ExtensionContext.Store}, which closes it after the class. Keeps no state of
 * its own. Users meet the annotation, never this class.
 *
 * <p>It starts the browser before each test rather than before all: a class skipped as a whole shows
 * up in Surefire as "Tests run: 0" without its reason, whereas each skipped test is counted and carries
 * the message. (The Store remembers a failed start, so the lookup is not repeated.)
 */
final class BrowserExtension implements BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        browser(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return browser(extensionContext);
    }

    /** The browser of the test class that {@code context} belongs to (a nested class uses its outermost annotated one's). */
    private static Browser browser(ExtensionContext context) {
        ExtensionContext owner = context;
        while (owner.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
            owner = owner.getParent().get();
        }
        ExtensionContext classContext = owner;
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Browser.class,
                key -> Browser.launch(BrowserBinaries.locateOrAbort(BrowserSettings.of(classContext))), Browser.class);
    }
}
