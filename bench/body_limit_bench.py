"""Server memory while an unauthenticated client posts a large form body, with the request-size
guard (crossings.web.limits.BodyLimit) and without it (the limit raised past the body), side by
side. Prints the response and the growth of the server's peak resident memory (VmHWM).

    .venv/bin/python bench/body_limit_bench.py [MB]
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.web.test_security import _free_port, _memory, _post_huge, _settled_memory  # noqa: E402


def measure(db: str, max_body: int, size: int, chunked: bool) -> tuple[str, int]:
    port = _free_port()
    code = (f"import uvicorn; from crossings.web import create_app; uvicorn.run(create_app({db!r}, token='t', "
            f"max_body={max_body}), host='127.0.0.1', port={port}, log_level='critical')")
    server = subprocess.Popen([sys.executable, "-c", code], env=os.environ.copy())
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/map", timeout=60).read()
                break
            except OSError:
                time.sleep(0.1)
        before = _settled_memory(server.pid)
        head = _post_huge(port, size, chunked)
        time.sleep(1)
        after = _memory(server.pid)
    finally:
        server.kill()
        server.wait(timeout=10)
    return head.split(b"\r\n", 1)[0].decode(errors="replace"), (after["VmHWM"] - before["VmHWM"]) // 1024


def main() -> None:
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/bench.db"
        from crossings.store import Store

        Store(db)
        print(f"{megabytes} MB unauthenticated POST /api/events/…/decisions   response   peak memory growth (MB)")
        for chunked in (False, True):
            for label, limit in (("guarded (64 KB)", 64 * 1024), ("unguarded", 1 << 40)):
                status, growth = measure(db, limit, megabytes << 20, chunked)
                kind = "chunked" if chunked else "declared"
                print(f"  {kind:9} {label:22} {status:28} {growth:6d}")


if __name__ == "__main__":
    main()
