package app.shortlist.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Who runs when the permits are taken, and who gets a freed one. Pure Java. */
class PriorityGateTest {

    @Test
    void runsAtOnceWhilePermitsAreFreeThenHandsFreedPermitsToTheLowestPriorityNumberFirstInOrderOfArrival() {
        PriorityGate gate = new PriorityGate(2);
        List<String> started = new ArrayList<>();
        gate.enter(3, () -> started.add("start A"));
        gate.enter(3, () -> started.add("start B"));
        assertEquals(List.of("start A", "start B"), started, "two permits: both run at once");

        gate.enter(3, () -> started.add("start C"));
        gate.enter(1, () -> started.add("upload D"));
        gate.enter(0, () -> started.add("submit E"));
        gate.enter(1, () -> started.add("upload F"));
        assertEquals(2, gate.holding());
        assertEquals(4, gate.waiting());

        gate.leave();
        gate.leave();
        assertEquals(List.of("start A", "start B", "submit E", "upload D"), started, "the submission first, then the earlier upload");
        assertEquals(2, gate.holding(), "each freed permit was handed over, not returned");
        gate.leave();
        gate.leave();
        assertEquals(List.of("start A", "start B", "submit E", "upload D", "upload F", "start C"), started);
        gate.leave();
        gate.leave();
        assertEquals(0, gate.holding());
        assertEquals(0, gate.waiting());
    }

    @Test
    void aWaiterRunsOnTheThreadThatFreedItsPermit() {
        PriorityGate gate = new PriorityGate(1);
        List<String> threads = new ArrayList<>();
        gate.enter(0, () -> { });
        gate.enter(0, () -> threads.add(Thread.currentThread().getName()));
        assertEquals(List.of(), threads);
        gate.leave();
        assertEquals(List.of(Thread.currentThread().getName()), threads);
    }

    @Test
    void needsAPermit() {
        assertThrows(IllegalArgumentException.class, () -> new PriorityGate(0));
    }
}
