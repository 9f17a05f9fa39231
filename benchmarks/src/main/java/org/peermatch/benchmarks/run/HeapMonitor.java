package org.peermatch.benchmarks.run;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Measures the peak heap of a run: the heap in use sampled every 10 ms, and the heap in use just before each
 * garbage collection (from the collectors' notifications), whichever is higher. The heap is collected first so
 * that garbage from earlier runs does not count; what is measured still includes the run's own garbage, so it
 * bounds from above what the run needs (the live set after each collection is kept as well).
 */
public final class HeapMonitor implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 10;

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLiveAfterGc = new AtomicLong();
    private final Set<String> heapPools = new HashSet<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapMonitor() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                record(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-monitor");
        sampler.setDaemon(true);
    }

    /** Collects the heap, then starts measuring. */
    public static HeapMonitor start() {
        System.gc();
        HeapMonitor monitor = new HeapMonitor();
        monitor.sampler.start();
        return monitor;
    }

    /** @return the highest heap in use seen so far, in bytes */
    public long peakUsedBytes() {
        return Math.max(peakUsed.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** @return the highest heap still in use after a collection (the live set), in bytes; 0 when none ran */
    public long peakLiveBytes() {
        return peakLiveAfterGc.get();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
    }

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData());
        record(peakUsed, heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()));
        record(peakLiveAfterGc, heapUsed(info.getGcInfo().getMemoryUsageAfterGc()));
    }

    private long heapUsed(Map<String, MemoryUsage> usageByPool) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> entry : usageByPool.entrySet()) {
            if (heapPools.contains(entry.getKey())) {
                used += entry.getValue().getUsed();
            }
        }
        return used;
    }

    private static void record(AtomicLong peak, long value) {
        peak.accumulateAndGet(value, Math::max);
    }
}
