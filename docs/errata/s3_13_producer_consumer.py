# §3.13 Producer-consumer: the parent does not join the consumer, so its last line can come
# after the parent's "主" (main) line.
# Run: python3 docs/errata/s3_13_producer_consumer.py
# The original sleeps at random; fixed sleeps here make the order the same on every run:
# eating (0.5 s) is slower than making (0.1 s), as in the original's typical run.

import time
from multiprocessing import Process, Queue


def producer(q):
    for i in range(2):
        time.sleep(0.1)
        q.put('包子%s' % i)
        print('producer made 包子%s' % i, flush=True)


def consumer(q):
    while True:
        bun = q.get()
        if bun is None:
            break
        time.sleep(0.5)
        print('consumer ate %s' % bun, flush=True)


if __name__ == '__main__':
    # region show
    q = Queue()
    p = Process(target=producer, args=(q,))
    c = Process(target=consumer, args=(q,))
    p.start()
    c.start()
    p.join()          # the original joins the producer only ...
    q.put(None)       # ... sends the end signal ...
    print('主', flush=True)   # ... and prints while the consumer is still eating
    # endregion
    c.join()          # the fix: join the consumer before the final line
    print('主 (after c.join(): the consumer is done)', flush=True)
