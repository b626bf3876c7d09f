"""The Python side of the course benchmark (docs/benchmarks.md).

Measures, on this machine, what the Java benchmark measures for Java:
  1. start + join cost of a thread, and of a process with each multiprocessing start method;
  2. CPU-bound speedup on 1..N workers with threads and with a process pool;
  3. many blocking tasks (each sleeps) on a fixed thread pool.
Prints one result a line on standard output, tab-separated:
  NAME  median  min  max  p90  runs        (milliseconds)
  meta  KEY  VALUE Run by course.bench.Benchmarks; it can also be
run alone: python3 docs/bench/bench.py [--quick]
"""
import multiprocessing as mp
import os
import platform
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

QUICK = "--quick" in sys.argv


def nothing():
    pass


def spin(n):
    # The same work as the Java benchmark's CPU task: n steps of xorshift64.
    x = 88172645463325252
    mask = 0xFFFFFFFFFFFFFFFF
    for _ in range(n):
        x ^= (x << 13) & mask
        x ^= x >> 7
        x ^= (x << 17) & mask
    return x


def timed(action, runs, warmup):
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        action()
        samples.append((time.perf_counter_ns() - start) / 1e6)
    return summary(samples)


def summary(samples):
    samples = sorted(samples)
    return {
        "median": statistics.median(samples),
        "min": samples[0],
        "max": samples[-1],
        "p90": samples[int(0.9 * (len(samples) - 1))],
        "runs": len(samples),
    }


def start_thread():
    t = threading.Thread(target=nothing)
    t.start()
    t.join()


def start_cost():
    result = {"thread": timed(start_thread, 200 if not QUICK else 20, 20)}
    for method in ("fork", "forkserver", "spawn"):
        if method not in mp.get_all_start_methods():
            continue
        ctx = mp.get_context(method)

        def start_process():
            p = ctx.Process(target=nothing)
            p.start()
            p.join()

        result["process-" + method] = timed(start_process, 20 if not QUICK else 5, 3)
    return result


def speedup(work, workers_list):
    threads, processes = {}, {}
    for n in workers_list:
        chunk = work // n

        def with_threads():
            ts = [threading.Thread(target=spin, args=(chunk,)) for _ in range(n)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()

        threads[n] = timed(with_threads, 3, 1)
        with mp.get_context("fork").Pool(n) as pool:
            processes[n] = timed(lambda: pool.map(spin, [chunk] * n), 3, 1)
    return {"threads": threads, "processes": processes}


def blocking(tasks, sleep_ms, pool_size):
    def run():
        with ThreadPoolExecutor(pool_size) as ex:
            list(ex.map(lambda _: time.sleep(sleep_ms / 1000), range(tasks)))
    return timed(run, 1 if QUICK else 3, 0)


def emit(name, stats):
    print("\t".join([name] + ["%.4f" % stats[k] for k in ("median", "min", "max", "p90")] + [str(stats["runs"])]),
          flush=True)


def main():
    cores = os.cpu_count() or 1
    workers = sorted({1, 2, cores, 2 * cores})
    work = 1_000_000 if QUICK else 3_000_000
    tasks, sleep_ms, pool = (1000, 10, 100) if QUICK else (10_000, 10, 100)
    print("meta\tpython\t%s %s" % (platform.python_implementation(), platform.python_version()))
    for kind, stats in start_cost().items():
        emit("start." + kind, stats)
    result = speedup(work, workers)
    for kind in ("threads", "processes"):
        for n, stats in result[kind].items():
            emit("cpu.%s.%d" % (kind, n), stats)
    print("meta\tcpu.work\t%d" % work)
    emit("blocking.threadPool", blocking(tasks, sleep_ms, pool))
    print("meta\tblocking\t%d tasks x %d ms sleep, pool of %d threads" % (tasks, sleep_ms, pool))


if __name__ == "__main__":
    main()
