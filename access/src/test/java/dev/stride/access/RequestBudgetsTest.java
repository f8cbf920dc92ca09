package dev.stride.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RequestBudgetsTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RequestBudgets budgets = new RequestBudgets(now::get);

    @Test
    void countsDownTheBudgetAndRefusesTheRequestPastIt() {
        assertEquals(2, budgets.take("app/ana", 3, MINUTE).remaining());
        assertEquals(1, budgets.take("app/ana", 3, MINUTE).remaining());
        RequestBudgets.Use last = budgets.take("app/ana", 3, MINUTE);
        assertTrue(last.allowed());
        assertEquals(0, last.remaining());
        RequestBudgets.Use refused = budgets.take("app/ana", 3, MINUTE);
        assertFalse(refused.allowed());
        assertEquals(60, refused.resetSeconds());
    }

    @Test
    void eachKeyHasItsOwnBudget() {
        budgets.take("app/ana", 1, MINUTE);
        assertFalse(budgets.take("app/ana", 1, MINUTE).allowed());
        assertTrue(budgets.take("app/ben", 1, MINUTE).allowed());
    }

    @Test
    void theResetCountsDownAndTheBudgetIsWholeOnceTheWindowEnds() {
        budgets.take("app/ana", 1, MINUTE);
        now.addAndGet(Duration.ofSeconds(45).toNanos());
        RequestBudgets.Use refused = budgets.take("app/ana", 1, MINUTE);
        assertFalse(refused.allowed());
        assertEquals(15, refused.resetSeconds());
        now.addAndGet(Duration.ofSeconds(15).toNanos());
        RequestBudgets.Use fresh = budgets.take("app/ana", 1, MINUTE);
        assertTrue(fresh.allowed());
        assertEquals(0, fresh.remaining());
        assertEquals(60, fresh.resetSeconds());
    }
}
