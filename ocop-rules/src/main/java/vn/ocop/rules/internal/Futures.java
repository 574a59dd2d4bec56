package vn.ocop.rules.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work done on other threads, passing on its own exception as the caller's. */
public final class Futures {
    private Futures() {
    }

    /**
     * The result of {@code f}; an exception thrown by the work is rethrown as it is (unchecked ones)
     * or wrapped in an {@link IllegalStateException}.
     *
     * @param doing what the caller was doing, for the message when interrupted ("assessing")
     */
    public static <T> T join(Future<T> f, String doing) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
