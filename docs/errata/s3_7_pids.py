# §3.7 Other methods and attributes: the child's pid, the parent's pid and the parent's parent.
# Run: python3 docs/errata/s3_7_pids.py
# The original's printed output runs two pids together ("1681217560"); each print() ends its
# own line, so the numbers always come out on separate lines.

import os
from multiprocessing import Process


# region show
def task():
    print('child pid', os.getpid())
    print('its parent', os.getppid())


if __name__ == '__main__':
    p = Process(target=task)
    p.start()
    p.join()
    print('p.pid in the parent', p.pid)
    print('parent pid', os.getpid(), 'and its own parent', os.getppid())
# endregion
