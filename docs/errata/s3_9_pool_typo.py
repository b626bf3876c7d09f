# §3.9 Process pool: apply_async does not block, and the final loop prints the wrong variable.
# Run: python3 docs/errata/s3_9_pool_typo.py
# The original sleeps 1-3 s per task; 0.01-0.03 s here gives the same results faster.

import os
import random
import time
from multiprocessing import Pool


def work(n):
    time.sleep(random.randint(1, 3) / 100)
    return n ** 2


if __name__ == '__main__':
    # region show
    p = Pool(3)
    futures = []
    start = time.monotonic()
    for i in range(10):
        futrue = p.apply_async(work, args=(i,))   # returns at once: it does not "run synchronously, block"
        futures.append(futrue)
    print('10 tasks submitted after %.3f s' % (time.monotonic() - start))
    p.close()
    p.join()
    for future in futures:
        print(futrue.get(), end=' ')              # the original's typo: the LAST result, ten times
    print()
    for future in futures:
        print(future.get(), end=' ')              # what was meant
    print()
    # endregion
