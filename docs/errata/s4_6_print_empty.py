# §4.6 Daemon threads: the example's last line is `print('')`, which prints an empty line, while
# the output shown beside it has a line of text there.
# Run: python3 docs/errata/s4_6_print_empty.py
# Not the original's listing (the course does not have its exact text and does not guess it):
# a program of the same shape, a daemon thread that the end of the main thread cuts short, with
# the same last line.

import threading
import time

started = threading.Event()            # only to fix the order of the two lines on every run


# region show
def task():
    print('daemon thread: start', flush=True)
    started.set()
    time.sleep(2)
    print('daemon thread: done')       # never printed: the process ends first


t = threading.Thread(target=task, daemon=True)
t.start()
started.wait()
print('')                              # as printed in the original: an empty line, no text
# endregion
