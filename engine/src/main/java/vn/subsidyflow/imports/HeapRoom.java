package vn.subsidyflow.imports;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * How much of the heap is free for an import: the heap's maximum less what its pools hold, eden
 * counted as after its last collection (what it holds now is mostly garbage) and the others as now
 * or after their last collection, whichever is less. The old generation may hold garbage not yet
 * collected: the estimate errs on the side of refusing, and the caller collects once before it does.
 */
final class HeapRoom {

    private HeapRoom() {
    }

    static long free() {
        Runtime runtime = Runtime.getRuntime();
        long live = 0;
        boolean measured = false;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP || !pool.isValid()) {
                continue;
            }
            // Eden is emptied by each collection: what it holds now is garbage, or moves on to a pool counted here.
            // The other pools count what they hold now (after their last collection, if that is less).
            MemoryUsage afterCollection = pool.getCollectionUsage();
            long now = pool.getUsage().getUsed();
            if (pool.getName().contains("Eden") && afterCollection != null) {
                live += Math.min(afterCollection.getUsed(), now);
            } else {
                live += afterCollection == null || afterCollection.getUsed() == 0 ? now : Math.min(afterCollection.getUsed(), now);
            }
            measured = true;
        }
        if (!measured) {
            live = runtime.totalMemory() - runtime.freeMemory();
        }
        return Math.max(0, runtime.maxMemory() - live);
    }
}
