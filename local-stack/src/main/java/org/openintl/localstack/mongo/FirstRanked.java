package org.openintl.localstack.mongo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first {@code keep} of a stable sort (ties keep the order in which they were offered, as {@code List.sort} and
 * {@code Stream.sorted} do), without sorting everything: a heap of the best so far, from which the worst leaves when
 * a better one comes. An item that does not displace the worst is not even wrapped: a list over 100,000 rows offers
 * 100,000 and keeps 20.
 */
final class FirstRanked<T> {

    private final Comparator<T> order;
    private final int keep;
    private final Comparator<Ranked<T>> ranking;
    private final PriorityQueue<Ranked<T>> best;
    private long offered;

    FirstRanked(Comparator<T> order, int keep) {
        this.order = order;
        this.keep = keep;
        this.ranking = Comparator.<Ranked<T>, T>comparing(Ranked::item, order).thenComparingLong(Ranked::seq);
        this.best = new PriorityQueue<>(Math.min(keep, 1024) + 1, ranking.reversed());
    }

    void offer(T item) {
        long seq = offered++;
        if (best.size() < keep) {
            best.add(new Ranked<>(item, seq));
        } else if (keep > 0 && order.compare(item, best.peek().item()) < 0) {
            // only a strictly better one displaces the worst: an equal one came later, so it ranks after it
            best.poll();
            best.add(new Ranked<>(item, seq));
        }
    }

    /** The kept items, best first. */
    List<T> sorted() {
        List<Ranked<T>> sorted = new ArrayList<>(best);
        sorted.sort(ranking);
        List<T> items = new ArrayList<>(sorted.size());
        for (Ranked<T> r : sorted) {
            items.add(r.item());
        }
        return items;
    }

    private record Ranked<T>(T item, long seq) {}
}
