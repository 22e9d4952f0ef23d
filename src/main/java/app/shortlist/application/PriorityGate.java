package app.shortlist.application;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * At most {@code permits} holders at once; the others wait, and a freed permit goes to the waiter of
 * the lowest priority number (the earliest among equals). Waiting costs no thread: a waiter is the
 * action to run once it holds a permit, run by whoever freed it. Pure Java.
 */
final class PriorityGate {

    private record Waiter(int priority, long order, Runnable start) {
    }

    private final int permits;
    private final PriorityQueue<Waiter> waiting = new PriorityQueue<>(
            Comparator.comparingInt(Waiter::priority).thenComparingLong(Waiter::order));
    private int holding;
    private long arrivals;

    PriorityGate(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1: " + permits);
        }
        this.permits = permits;
    }

    /** Runs {@code start} now if a permit is free, else once one is handed over; the holder must {@link #leave}. */
    void enter(int priority, Runnable start) {
        synchronized (this) {
            if (holding >= permits) {
                waiting.add(new Waiter(priority, arrivals++, start));
                return;
            }
            holding++;
        }
        start.run();
    }

    /** Frees the caller's permit: it passes straight to the first waiter, if any. */
    void leave() {
        Waiter next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                holding--;
                return;
            }
        }
        next.start().run();
    }

    synchronized int holding() {
        return holding;
    }

    synchronized int waiting() {
        return waiting.size();
    }
}
