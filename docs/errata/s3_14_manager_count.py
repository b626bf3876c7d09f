# §3.14 Shared data: ten processes each decrement a Manager dict's count once, under a lock.
# Run: python3 docs/errata/s3_14_manager_count.py
# The original prints {'count': 0}; ten decrements of 100 leave 90.

from multiprocessing import Manager, Process, Lock


def work(d, lock):
    with lock:
        d['count'] -= 1


if __name__ == '__main__':
    # region show
    lock = Lock()
    with Manager() as m:
        dic = m.dict({'count': 100})
        p_l = []
        for i in range(10):
            p = Process(target=work, args=(dic, lock))
            p_l.append(p)
            p.start()
        for p in p_l:
            p.join()
        print(dic)
    # endregion
