package dev.sandboxtests.signadot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The three calls of Signadot's REST API v2 this provider makes, on one sandbox at a time:
 * {@code PUT}, {@code GET} and {@code DELETE /api/v2/orgs/{org}/sandboxes/{name}}, authenticated by the
 * {@code signadot-api-key} header, over the JDK's {@link HttpClient}.
 *
 * <p>Each call is retried with exponential backoff after a 5xx answer or a connection error (refused,
 * reset, timed out), never after a 4xx: a bad spec or a bad key does not get better by asking again.
 * All three calls are idempotent ({@code PUT} applies the whole sandbox), so a retry cannot do harm.
 * The retrying is Failsafe's ({@code dev.failsafe:failsafe}): a small, dependency-free, maintained
 * library whose policy states the rule in four lines, where a hand-written loop would have to get
 * backoff, jitter-free bounds, interruption and the last failure's reporting right by itself.
 *
 * <p>The API key goes into the request header and nowhere else: messages name the call and what
 * Signadot said, and any text that would contain the key is cut out.
 */
final class SignadotApi {

    private static final System.Logger LOGGER = System.getLogger(SignadotApi.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final SignadotAccount account;
    private final Duration requestTimeout;
    private final RetryPolicy<HttpResponse<String>> retryPolicy;
    private final HttpClient client;

    SignadotApi(SignadotAccount account, Duration requestTimeout, int retries, Duration retryDelay) {
        this.account = account;
        this.requestTimeout = requestTimeout;
        this.retryPolicy = RetryPolicy.<HttpResponse<String>>builder()
                .handle(IOException.class)
                .handleResultIf(response -> response.statusCode() >= 500)
                .withBackoff(retryDelay, retryDelay.multipliedBy(30))
                .withMaxRetries(retries)
                .onRetry(event -> LOGGER.log(Level.INFO, () -> "Signadot API: retrying after "
                        + (event.getLastException() != null ? event.getLastException().toString()
                                : "HTTP " + event.getLastResult().statusCode()) + " (retry " + event.getAttemptCount() + ")"))
                .build();
        this.client = HttpClient.newBuilder().connectTimeout(requestTimeout).build();
    }

    /** The organisation sandboxes are made in. */
    String org() {
        return account.org();
    }

    /** Creates or replaces the sandbox, answering it as Signadot has it now. */
    WireFormat.SandboxAnswer apply(String name, WireFormat.SandboxRequest sandbox) {
        String body;
        try {
            body = JSON.writeValueAsString(sandbox);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the sandbox " + name + " as JSON", e);
        }
        HttpResponse<String> response = call("PUT", name, HttpRequest.BodyPublishers.ofString(body));
        return read(requireSuccess(response, "PUT", name), WireFormat.SandboxAnswer.class, "PUT", name);
    }

    /** The sandbox as Signadot has it now. */
    WireFormat.SandboxAnswer get(String name) {
        HttpResponse<String> response = call("GET", name, HttpRequest.BodyPublishers.noBody());
        return read(requireSuccess(response, "GET", name), WireFormat.SandboxAnswer.class, "GET", name);
    }

    /**
     * Deletes the sandbox.
     *
     * @return false if Signadot did not have it (404), which is as good as deleted
     */
    boolean delete(String name) {
        HttpResponse<String> response = call("DELETE", name, HttpRequest.BodyPublishers.noBody());
        if (response.statusCode() == 404) {
            return false;
        }
        requireSuccess(response, "DELETE", name);
        return true;
    }

    private HttpResponse<String> call(String method, String name, HttpRequest.BodyPublisher body) {
        HttpRequest request = HttpRequest.newBuilder(sandboxUri(name))
                .method(method, body)
                .timeout(requestTimeout)
                .header("signadot-api-key", account.apiKey().reveal())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .build();
        try {
            return Failsafe.with(retryPolicy).get(() -> client.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new SignadotException(describe(method, name) + " was interrupted.", cause);
            }
            throw new SignadotException(describe(method, name) + " failed: " + hideKey(String.valueOf(cause))
                    + ". Check that " + SignadotSettings.API_URL.key() + " (" + account.apiUrl() + ") is reachable"
                    + " from here; it was tried " + (1 + retryPolicy.getConfig().getMaxRetries()) + " times.", cause);
        }
    }

    private HttpResponse<String> requireSuccess(HttpResponse<String> response, String method, String name) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        String said = whatSignadotSaid(response);
        String advice;
        if (status == 401 || status == 403) {
            advice = " Check the API key (" + SignadotSettings.API_KEY.environmentVariable() + " or "
                    + SignadotSettings.API_KEY_FALLBACK.environmentVariable() + "): it must be valid for organisation '"
                    + account.org() + "'.";
        } else if (status == 404) {
            advice = " Check the organisation '" + account.org() + "' (" + SignadotSettings.ORG.key() + ").";
        } else if (status >= 500) {
            advice = " Signadot kept failing after " + retryPolicy.getConfig().getMaxRetries() + " retries; try again later.";
        } else {
            advice = "";
        }
        throw new SignadotException(describe(method, name) + " answered HTTP " + status + said + "." + advice, status);
    }

    private String whatSignadotSaid(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().strip();
        if (body.isEmpty()) {
            return "";
        }
        try {
            WireFormat.ErrorAnswer error = JSON.readValue(body, WireFormat.ErrorAnswer.class);
            if (error.error() != null) {
                return ": " + hideKey(error.error()) + (error.requestId() == null ? "" : " (request id " + error.requestId() + ")");
            }
        } catch (JsonProcessingException notTheErrorShape) {
            // Said as text below: a proxy in between may answer HTML or plain text.
        }
        return ": " + hideKey(body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }

    private <T> T read(HttpResponse<String> response, Class<T> type, String method, String name) {
        try {
            return JSON.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new SignadotException(describe(method, name) + " answered what is not a Signadot sandbox: "
                    + hideKey(e.getOriginalMessage()), response.statusCode());
        }
    }

    private URI sandboxUri(String name) {
        String base = account.apiUrl().toString().replaceAll("/+$", "");
        return URI.create(base + "/api/v2/orgs/" + encode(account.org()) + "/sandboxes/" + encode(name));
    }

    private String describe(String method, String name) {
        return "Signadot's API (" + method + " " + sandboxUri(name) + ")";
    }

    private String hideKey(String text) {
        String key = account.apiKey().reveal();
        return key.isEmpty() || text == null ? text : text.replace(key, "[API key]");
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
