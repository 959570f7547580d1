"""The web page's jobs: checks and builds in two small bounded process pools.

Checks and builds have a pool each (two workers by default), so one slow build (PDF through
LibreOffice) never queues every check behind it. A pool takes at most ``workers + waiting``
jobs; one more gets a clear Swedish "busy" answer at once, and a browser session has at most
one check and one build under way. A job runs in its own temporary folder, removed the
moment the job ends; its result (the page's data, the zip) is kept in memory for the session
that asked, for ``KEEP_SECONDS`` or until ``KEEP_RESULTS`` newer results push it out.
A job that overstays its time limit in a worker that no longer answers is killed with its pool.
"""
from __future__ import annotations

import multiprocessing
import queue
import secrets
import shutil
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field

from . import work

KEEP_SECONDS = 15 * 60
KEEP_RESULTS = 24
GRACE_SECONDS = 30


class Busy(Exception):
    """Refused at once (HTTP 503 or 429), with a Swedish message."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


@dataclass
class Job:
    id: str
    session: str
    kind: str                       # "kontroll" or "bygge"
    tmp: str
    limit: float
    created: float = field(default_factory=time.monotonic)
    steps: list = field(default_factory=list)
    result: dict | None = None
    started: float | None = None    # when the worker reported its first step
    finished: float | None = None
    cond: threading.Condition = field(default_factory=threading.Condition)

    @property
    def done(self) -> bool:
        return self.result is not None

    def add_step(self, text: str) -> None:
        with self.cond:
            if self.result is None:
                if self.started is None:
                    self.started = time.monotonic()
                self.steps.append(text)
                self.cond.notify_all()

    def finish(self, result: dict) -> None:
        with self.cond:
            if self.result is not None:
                return
            steps = result.get("steg") or []
            if len(steps) > len(self.steps):
                self.steps = list(steps)
            self.result = result
            self.finished = time.monotonic()
            self.cond.notify_all()

    def wait(self, timeout: float | None = None) -> dict | None:
        with self.cond:
            self.cond.wait_for(lambda: self.result is not None, timeout)
            return self.result


KINDS = {"kontroll": ("kontroller", "en kontroll"), "bygge": ("rapportbyggen", "ett rapportbygge")}


class Runner:
    def __init__(self, processes: bool = True, workers: dict | None = None, waiting: int = 2):
        self.processes = processes
        self.workers = dict({"kontroll": 2, "bygge": 2}, **(workers or {}))
        self.waiting = waiting
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pools: dict[str, object] = {}
        self._closed = False
        if processes:
            self._ctx = multiprocessing.get_context("spawn")
            self._channel = self._ctx.Queue()
        else:
            self._ctx = None
            self._channel = queue.Queue()
        threading.Thread(target=self._drain, name="finsam-web-progress", daemon=True).start()

    # -- pools ---------------------------------------------------------------------------

    def _pool(self, kind: str):
        pool = self._pools.get(kind)
        if pool is None:
            if self.processes:
                pool = ProcessPoolExecutor(self.workers[kind], mp_context=self._ctx, initializer=work.init,
                                           initargs=(self._channel, True, kind == "bygge"))
            else:
                pool = ThreadPoolExecutor(self.workers[kind], thread_name_prefix=f"finsam-{kind}",
                                          initializer=work.init, initargs=(self._channel, False))
            self._pools[kind] = pool
        return pool

    def warm(self) -> None:
        """Start the check pool's workers now, so the first user does not wait for them; and
        the build pool's, each of which starts its LibreOffice as it starts (``work.init``),
        without waiting for them: a build that comes first waits for its worker's start only."""
        pool = self._pool("kontroll")
        for f in [pool.submit(_nothing) for _ in range(self.workers["kontroll"])]:
            f.result()
        if self.processes:
            builds = self._pool("bygge")
            for _ in range(self.workers["bygge"]):
                builds.submit(_nothing)

    def shutdown(self, wait: bool = False) -> None:
        """Stop the pools (``wait``: until their workers, and the office each started, have
        ended, so that nothing outlives the server)."""
        self._closed = True
        for pool in list(self._pools.values()):
            pool.shutdown(wait=wait, cancel_futures=True)
        self._pools.clear()
        with self._lock:
            jobs = list(self._jobs.values())
        for job in jobs:
            if job.tmp:
                shutil.rmtree(job.tmp, ignore_errors=True)

    # -- jobs ----------------------------------------------------------------------------

    def reserve(self, kind: str, session: str) -> Job:
        """A place for a job of ``kind``, taken at once (before anything is saved), or Busy."""
        with self._lock:
            self._expire()
            active = [j for j in self._jobs.values() if j.kind == kind and not j.done]
            plural, one = KINDS[kind]
            if any(j.session == session for j in active):
                raise Busy(f"Du har redan {one} som pågår i den här webbläsaren. Vänta tills det är klart.", 429)
            if len(active) >= self.workers[kind] + self.waiting:
                raise Busy(f"finsam är upptaget: {len(active)} {plural} pågår eller väntar redan. Inget har "
                           "skapats; försök igen om en stund.", 503)
            limit = work.BUILD_SECONDS if kind == "bygge" else work.CHECK_SECONDS
            job = Job(secrets.token_urlsafe(18), session, kind, "", limit)
            self._jobs[job.id] = job
            return job

    def cancel(self, job: Job) -> None:
        """Give a reserved place back (the upload was refused)."""
        with self._lock:
            self._jobs.pop(job.id, None)

    def launch(self, job: Job, tmp: str, fn, *args) -> Job:
        """Run ``fn(job id, tmp, *args)`` in the job's pool; ``tmp`` is removed when it ends."""
        job.tmp = tmp
        job.created = time.monotonic()
        try:
            future = self._pool(job.kind).submit(fn, job.id, tmp, *args)
        except Exception:  # noqa: BLE001 - a broken pool: start a new one, once
            self._pools.pop(job.kind, None)
            future = self._pool(job.kind).submit(fn, job.id, tmp, *args)
        future.add_done_callback(lambda f: self._done(job, f))
        return job

    def _done(self, job: Job, future) -> None:
        try:
            result = future.result()
        except Exception:  # noqa: BLE001 - a worker that died (killed, out of memory)
            result = {"fel": work.INTERNAL}
        try:
            shutil.rmtree(job.tmp, ignore_errors=True)
        finally:
            job.finish(result)

    def get(self, job_id: str, session: str) -> Job | None:
        with self._lock:
            job = self._jobs.get(job_id)
        return job if job is not None and secrets.compare_digest(job.session, session) else None

    def active(self) -> int:
        with self._lock:
            return sum(1 for j in self._jobs.values() if not j.done)

    def _expire(self) -> None:
        now = time.monotonic()
        finished = sorted((j for j in self._jobs.values() if j.done), key=lambda j: j.finished)
        for i, job in enumerate(finished):
            if now - job.finished > KEEP_SECONDS or i < len(finished) - KEEP_RESULTS:
                del self._jobs[job.id]

    # -- progress and the watchdog -------------------------------------------------------

    def _drain(self) -> None:
        while not self._closed:
            try:
                job_id, text = self._channel.get(timeout=1.0)
            except queue.Empty:
                self._watch()
                continue
            except (EOFError, OSError):
                return
            with self._lock:
                job = self._jobs.get(job_id)
            if job is not None:
                job.add_step(text)

    def _watch(self) -> None:
        """A job far past its limit sits in a worker that does not answer its alarm (stuck in
        C code): end it, and with it that pool's workers; the next job starts a new pool."""
        now = time.monotonic()
        with self._lock:
            late = [j for j in self._jobs.values() if not j.done and (
                now - j.started > j.limit + GRACE_SECONDS if j.started is not None
                else now - j.created > j.limit * (self.waiting + 1) + GRACE_SECONDS)]
        for job in late:
            pool = self._pools.pop(job.kind, None)
            if pool is not None and self.processes:
                for proc in list(getattr(pool, "_processes", {}).values()):
                    proc.kill()
                pool.shutdown(wait=False, cancel_futures=True)
            if job.tmp:
                shutil.rmtree(job.tmp, ignore_errors=True)
            job.finish({"fel": work.TIMEOUT.format(s=int(job.limit))})
            print(f"finsam: ett jobb avbröts efter {int(now - job.created)} s", file=sys.stderr)
            with self._lock:
                for other in self._jobs.values():
                    if other.kind == job.kind and not other.done and other is not job:
                        other.finish({"fel": work.INTERNAL})


def _nothing() -> None:
    return None
