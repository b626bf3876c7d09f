# §4.5 Mutex: `t.join` without parentheses names the method but never calls it.
# Run: python3 docs/errata/s4_5_join_without_parentheses.py

import threading
import time


def run(call_join):
    global n
    n = 100
    mutex = threading.Lock()

    def task():
        global n
        with mutex:
            temp = n
            time.sleep(0.1)
            n = temp - 1

    # region show
    t_l = []
    for i in range(2):
        t = threading.Thread(target=task)
        t_l.append(t)
        t.start()
    for t in t_l:
        if call_join:
            t.join()      # waits for the thread
        else:
            t.join        # the original: only looks the method up, waits for nothing
    print('t.join()' if call_join else 't.join  ', '->', n)
    # endregion
    for t in t_l:
        t.join()


if __name__ == '__main__':
    run(call_join=False)
    run(call_join=True)
