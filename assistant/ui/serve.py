"""Serving the app: ``launch`` (``assistant ui``), logins and exposure warnings.

``launch`` loads the index and warms the embedding model up in a thread
while Gradio imports, then serves the app built by ``build_app``.
"""

import atexit
import ipaddress
import logging
import os
import shutil
import tempfile
import threading
import time
from typing import Any

from assistant.api import Assistant
from assistant.config import DEFAULT_CORPUS, DEFAULT_INDEX_DIR, settings_from_args
from assistant.errors import AssistantError
from assistant.ui.app import build_app, static_text, theme
from assistant.ui.components import EXAMPLES
from assistant.ui.uploads import MAX_UPLOAD_BYTES, default_upload_dir

log = logging.getLogger("assistant.ui")


def is_loopback(host: str) -> bool:
    """True when ``host`` is this machine only (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:  # a host name, or "" (every interface)
        return False


def exposure_warning(host: str, *, auth: tuple[str, str] | None, share: bool = False) -> str | None:
    """The warning to print when the app is reachable by others without a login, else None."""
    if auth is not None:
        return None
    if share:
        return (
            "warning: --share without --auth: anyone with the public gradio.live link can ask "
            "questions, read every indexed document and upload files; set ASSISTANT_AUTH=user:password"
        )
    if not is_loopback(host):
        return (
            f"warning: serving on {host or 'every interface'} without --auth: anyone who can reach "
            "this port can ask questions, read every indexed document and upload files; set "
            "ASSISTANT_AUTH=user:password and put a TLS reverse proxy in front (README: Exposing the chat)"
        )
    return None


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """``"user:password"`` -> ``("user", "password")``; None when unset."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise AssistantError("--auth (or ASSISTANT_AUTH) must be user:password, both non-empty")
    return user, password


class _Loader(threading.Thread):
    """Loads (or builds) the index, then warms the model up, while Gradio imports and starts.

    ``result()`` returns as soon as the index is loaded; the app can start
    while the model loads. A question arriving before the model is ready
    waits for it (the embedder loads once, under a lock).
    """

    def __init__(self, paths: list[str], index_dir: str, options: dict[str, Any], started: float) -> None:
        super().__init__(name="assistant-loader", daemon=True)
        self.paths, self.index_dir, self.options, self.started = paths, index_dir, options, started
        self.assistant: Assistant | None = None
        self.error: BaseException | None = None
        self.loaded = threading.Event()

    def run(self) -> None:
        try:
            self.assistant = Assistant.open(self.index_dir, corpus=self.paths, options=self.options)
        except BaseException as e:  # re-raised in the main thread by result()
            self.error = e
        finally:
            self.loaded.set()
        if self.assistant is None:
            return
        try:
            self.assistant.search(EXAMPLES[0], k=1)  # loads the model and runs it once
        except AssistantError as e:  # every question will show the same message
            log.error("the embedding model is not usable: %s", e)
            return
        log.info("model ready %.1f s after start", time.perf_counter() - self.started)

    def result(self) -> Assistant:
        """The loaded assistant (re-raising the loader's error, if any)."""
        self.loaded.wait()
        if self.error is not None:
            raise self.error
        assert self.assistant is not None
        return self.assistant


def launch(args: Any) -> None:
    """Start the app (``assistant ui``): index the corpus if needed, then serve.

    ``args``: host, port, share, auth, corpus, index_dir, precision, model
    (see ``assistant ui --help``). Uploads kept from earlier runs are indexed
    with the corpus.
    """
    _log_to_stderr()
    started = time.perf_counter()
    auth = parse_auth(getattr(args, "auth", None) or os.environ.get("ASSISTANT_AUTH"))
    index_dir = str(getattr(args, "index_dir", None) or DEFAULT_INDEX_DIR)
    uploads = default_upload_dir(index_dir)
    paths = [str(p) for p in (getattr(args, "corpus", None) or [DEFAULT_CORPUS])]
    if uploads.is_dir() and any(uploads.iterdir()):
        paths.append(str(uploads))
    loader = _Loader(paths, index_dir, settings_from_args(args), started)
    loader.start()
    import gradio as gr  # noqa: F401 - imported while the loader works

    assistant = loader.result()
    host = getattr(args, "host", None) or "127.0.0.1"
    share = bool(getattr(args, "share", False))
    warning = exposure_warning(host, auth=auth, share=share)
    if warning:
        log.warning("%s", warning)
    # Rendered pages, PDFs for download and tables as CSV: kept while the app runs.
    page_dir = tempfile.mkdtemp(prefix="assistant-pages-")
    atexit.register(shutil.rmtree, page_dir, ignore_errors=True)
    demo = build_app(assistant, upload_dir=uploads, page_dir=page_dir)
    demo.queue(default_concurrency_limit=2)
    log.info(
        "%d documents indexed; serving %.1f s after start",
        len(assistant.documents),
        time.perf_counter() - started,
    )
    port = int(getattr(args, "port", None) or 7860)
    _serve(demo, host=host, port=port, share=share, auth=auth, files=page_dir)


def _log_to_stderr() -> None:
    """The app's log lines on stderr, prefixed ``assistant ui:`` (once)."""
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("assistant ui: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False


def _serve(demo: Any, *, host: str, port: int, share: bool, auth: tuple[str, str] | None, files: str) -> None:
    """Serve ``demo`` until stopped, with the page's styles and script, and the files in ``files``."""
    try:
        demo.launch(
            server_name=host,
            server_port=port,
            share=share,
            auth=auth,
            inbrowser=False,
            max_file_size=MAX_UPLOAD_BYTES,
            css=static_text("app.css"),
            js=static_text("app.js"),
            theme=theme(),
            footer_links=["api"],
            run_history=False,
            allowed_paths=[files],
        )
    except OSError as e:  # the port is taken, or the host is not this machine's
        raise AssistantError(f"cannot serve on {host}:{port} ({e}); choose another --port or --host") from e
