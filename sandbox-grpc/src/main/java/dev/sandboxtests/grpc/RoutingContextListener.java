package dev.sandboxtests.grpc;

import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.ServerCall;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * Runs every callback of a server call with an OpenTelemetry context current, and restores the
 * previous one after it: gRPC runs callbacks on pooled threads, which must not keep the call's context.
 */
@SuppressWarnings("try") // each scope is only closed, never read
final class RoutingContextListener<ReqT> extends SimpleForwardingServerCallListener<ReqT> {

    private final Context context;

    RoutingContextListener(ServerCall.Listener<ReqT> delegate, Context context) {
        super(delegate);
        this.context = context;
    }

    @Override
    public void onMessage(ReqT message) {
        try (Scope scope = context.makeCurrent()) {
            super.onMessage(message);
        }
    }

    @Override
    public void onHalfClose() {
        try (Scope scope = context.makeCurrent()) {
            super.onHalfClose();
        }
    }

    @Override
    public void onCancel() {
        try (Scope scope = context.makeCurrent()) {
            super.onCancel();
        }
    }

    @Override
    public void onComplete() {
        try (Scope scope = context.makeCurrent()) {
            super.onComplete();
        }
    }

    @Override
    public void onReady() {
        try (Scope scope = context.makeCurrent()) {
            super.onReady();
        }
    }
}
