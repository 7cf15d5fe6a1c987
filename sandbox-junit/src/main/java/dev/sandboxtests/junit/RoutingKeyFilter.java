package dev.sandboxtests.junit;

import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * A RestAssured filter that adds a routing key to one request specification, merged with the
 * routing headers (such as other baggage members) the test set itself. Added per specification,
 * never globally, so parallel test classes never see each other's key.
 */
final class RoutingKeyFilter implements Filter {

    private final RoutingKey key;
    private final RoutingHeaders headers;

    RoutingKeyFilter(RoutingKey key, RoutingHeaders headers) {
        this.key = key;
        this.headers = headers;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        headers.merge(key, name -> request.getHeaders().getValues(name)).forEach(request::replaceHeader);
        return context.next(request, response);
    }

    @Override
    public String toString() {
        return "RoutingKeyFilter[" + key + " in " + headers + "]";
    }
}
