"""Where the per-file work runs: reading, layout, extraction and segmentation of many
files, in this process, in local worker processes or on a Dask cluster.

Every engine runs the same `api.process_file` on each file and hands back its
`FileResult`s in the order of the files given, so the records do not depend on the
engine; `api.build` feeds them to its single index writer. At most a few results per
worker are in flight, so memory stays bounded however large the corpus is.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from corpus_tool.errors import BadInputError

if TYPE_CHECKING:
    from corpus_tool.api import FileResult, ReadOptions

ENGINES = ("local", "dask")
IN_FLIGHT_PER_WORKER = 4
DASK_CONNECT_TIMEOUT_S = 10  # CORPUS_TOOL_DASK_TIMEOUT sets another number of seconds


def _dask_connect_timeout() -> float:
    value = os.environ.get("CORPUS_TOOL_DASK_TIMEOUT")
    if value is None:
        return DASK_CONNECT_TIMEOUT_S
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1
    if not 0 < seconds < 86400:
        raise BadInputError(
            f"CORPUS_TOOL_DASK_TIMEOUT={value!r} is no number of seconds; "
            "set it to how long to wait for the Dask scheduler (for example 30), or unset it"
        )
    return seconds


def default_workers() -> int:
    """The machine's cores (what `--workers` defaults to)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def process_files(
    paths: Sequence[str],
    options: ReadOptions | None = None,
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> Generator[FileResult, None, None]:
    """`api.process_file` of each path, in the order given (a generator: closing it
    stops the workers).

    `engine="local"` uses `workers` processes (1: this process, no pool);
    `engine="dask"` submits to the Dask scheduler at `scheduler` (`tcp://HOST:8786`), or
    to a local cluster of `workers` processes when none is given. The files must be
    readable under the same paths by every worker.
    """
    from corpus_tool.api import process_file

    check_engine(engine, workers, scheduler)
    if engine == "dask" and paths:
        return _on_dask(paths, options, workers, scheduler)
    if workers == 1 or len(paths) <= 1:
        return (process_file(path, options) for path in paths)
    return _on_local_pool(paths, options, workers)


def check_engine(engine: str, workers: int, scheduler: str | None) -> None:
    """Raise `BadInputError` for settings no engine can run with (before a build starts)."""
    if engine not in ENGINES:
        raise BadInputError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise BadInputError("--scheduler needs --engine dask")
    if workers < 1:
        raise BadInputError(f"--workers must be at least 1 (got {workers})")


def _bounded(
    paths: Sequence[str], submit: Callable[[str], Any], result: Callable[[Any], FileResult], window: int
) -> Iterator[FileResult]:
    """Submit ahead by `window` tasks, yield results in order."""
    pending: deque[Any] = deque()
    queue = iter(paths)
    for path in queue:
        pending.append(submit(path))
        if len(pending) >= window:
            break
    while pending:
        done = result(pending.popleft())
        for path in queue:
            pending.append(submit(path))
            break
        yield done


# --- local worker processes ------------------------------------------------------------


def _worker_init(parent_pid: int) -> None:
    leave_ctrl_c_to_parent()
    exit_with_parent(parent_pid)


@contextlib.contextmanager
def ctrl_c_held() -> Iterator[None]:
    """Hold Ctrl-C back while worker processes are forked: one arriving inside fork's
    handlers is swallowed ("Exception ignored") and the build would go on. It is
    delivered as soon as the block ends."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def leave_ctrl_c_to_parent() -> None:
    """In a worker: ignore Ctrl-C (the parent stops us; a worker must not print its
    own traceback), then take back the signal mask `ctrl_c_held` left."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def exit_with_parent(parent_pid: int, interval_s: float = 1.0) -> None:
    """End this process when its parent is gone (killed with -9, say), instead of
    lingering as an orphan."""

    def watch() -> None:
        while True:
            time.sleep(interval_s)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _on_local_pool(
    paths: Sequence[str], options: ReadOptions | None, workers: int
) -> Iterator[FileResult]:
    from corpus_tool.api import process_file

    # multiprocessing.Pool rather than ProcessPoolExecutor: its terminate() stops
    # workers mid-file cleanly (the executor can hang on a result cut off by a kill).
    with ctrl_c_held():
        pool = multiprocessing.Pool(
            processes=min(workers, len(paths)), initializer=_worker_init, initargs=(os.getpid(),)
        )
    try:
        yield from _bounded(
            paths,
            lambda path: pool.apply_async(process_file, (path, options)),
            lambda pending: pending.get(),
            workers * IN_FLIGHT_PER_WORKER,
        )
        pool.close()
    except BaseException:  # Ctrl-C or an error in the consumer: stop the workers now
        pool.terminate()
        raise
    finally:
        pool.join()


# --- Dask --------------------------------------------------------------------------------


def _on_dask(
    paths: Sequence[str], options: ReadOptions | None, workers: int, scheduler: str | None
) -> Iterator[FileResult]:
    from corpus_tool.api import process_file

    # distributed logs every worker start at INFO; the user sees our progress instead.
    logging.getLogger("distributed").setLevel(logging.ERROR)
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=_dask_connect_timeout())
        except (OSError, TimeoutError, ValueError) as exc:
            raise BadInputError(
                f"cannot reach the Dask scheduler at {scheduler} ({exc.__class__.__name__}); "
                "start one with `dask scheduler` (and `dask worker ADDRESS` on each machine) "
                "or leave out --scheduler for a local cluster"
            ) from exc
    else:
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
    try:
        cluster_workers = len(client.scheduler_info().get("workers", {})) or workers
        yield from _bounded(
            paths,
            lambda path: client.submit(process_file, path, options, pure=False),
            lambda future: future.result(),
            cluster_workers * IN_FLIGHT_PER_WORKER,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
