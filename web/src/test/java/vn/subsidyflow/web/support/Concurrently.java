package vn.subsidyflow.web.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Sends requests from several threads released at the same instant, to make races happen. */
public final class Concurrently {

    private Concurrently() {
    }

    /** The same request {@code n} times at once; the answers in no particular order. */
    public static <T> List<T> times(int n, Callable<T> request) throws Exception {
        return all(Collections.nCopies(n, request));
    }

    /** Each request once, all at once; the answers in the order of the requests. */
    public static <T> List<T> all(List<Callable<T>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
