package dev.stride.webhook.delivery;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Wakes the dispatcher once new deliveries are committed, so that it need not poll often to be prompt. */
@ApplicationScoped
public class DispatchSignal {
    private final Semaphore wakeUp = new Semaphore(0);
    private final TransactionSynchronizationRegistry transactions;

    DispatchSignal(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** In a transaction: wake the dispatcher if it commits. */
    public void afterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    now();
                }
            }
        });
    }

    public void now() {
        wakeUp.release();
    }

    /** Until woken or {@code longest} has passed. */
    void await(Duration longest) throws InterruptedException {
        wakeUp.tryAcquire(longest.toMillis(), TimeUnit.MILLISECONDS);
        wakeUp.drainPermits();
    }
}
