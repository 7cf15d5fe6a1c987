package dev.sandboxtests.junit;

import dev.sandboxtests.diff.Capture;
import io.restassured.filter.Filter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The HTTP call of {@link SmartTest#http}: the test's request function, applied to a specification
 * for each side; it remembers the method and URI that RestAssured sent, for the reports.
 */
final class HttpCall implements SmartCall {

    private final Function<RequestSpecification, Response> request;
    private final AtomicReference<Request> sent = new AtomicReference<>();

    HttpCall(Function<RequestSpecification, Response> request) {
        this.request = request;
    }

    @Override
    public Capture send(Target target) {
        RequestSpecification specification = target.routingKey()
                .map(key -> RoutedRequests.toFork(key, target.routingHeaders(), target.endpoint()))
                .orElseGet(() -> RoutedRequests.toBaseline(target.endpoint()));
        Filter remember = (requestSpec, responseSpec, context) -> {
            sent.compareAndSet(null, new Request(requestSpec.getMethod(), requestSpec.getURI()));
            return context.next(requestSpec, responseSpec);
        };
        Response response = request.apply(specification.filter(remember));
        if (response == null) {
            throw new IllegalStateException("The SmartTest request function returned no response for the "
                    + target.side() + "; end it with the call, e.g. request -> request.get(\"/path\").");
        }
        return HttpCaptures.of(response);
    }

    @Override
    public Optional<Request> request() {
        return Optional.ofNullable(sent.get());
    }
}
