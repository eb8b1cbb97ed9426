"""A fake OpenAI-compatible server on 127.0.0.1 that plays the model in tests.

``FakeLLM.content`` is the next answer, or ``FakeLLM.reply`` writes it from
the request (a model that reads its passages); ``mode`` makes it fail in the
ways a real server does. ``serve_fake_llm()`` runs one for a ``with`` block.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from assistant.answers import GeneratorConfig


@dataclass
class FakeLLM:
    """What the fake server answers next, and every request it received."""

    url: str = ""
    content: str = "No quotation."
    mode: str = "ok"  # ok | sleep | 500 | badjson | nochoices | redirect
    sleep_s: float = 3.0
    finish_reason: str = "stop"
    requests: list[dict[str, Any]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    # Writes the answer from the request body instead of ``content``.
    reply: Callable[[dict[str, Any]], str] | None = None

    def config(self, **kw: Any) -> GeneratorConfig:
        return GeneratorConfig(base_url=self.url, model=kw.pop("model", "fake-model"), **kw)


def _handler(fake: FakeLLM) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _send(self, code: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(code)
            for k, v in {"Content-Type": "application/json", **(headers or {})}.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            fake.requests.append({"path": self.path, "headers": dict(self.headers), "body": json.loads(raw)})
            try:
                if fake.mode == "sleep":
                    fake.release.wait(fake.sleep_s)
                if fake.mode == "500":
                    self._send(500, b'{"error": "model crashed"}')
                elif fake.mode == "badjson":
                    self._send(200, b'{"choices": [{"message": {"content": "unterminated')
                elif fake.mode == "nochoices":
                    self._send(200, json.dumps({"choices": []}).encode())
                elif fake.mode == "redirect":
                    self._send(307, b"", {"Location": "http://127.0.0.1:9/v1/chat/completions"})
                else:
                    model = fake.requests[-1]["body"]["model"]
                    body = {
                        "id": "x",
                        "object": "chat.completion",
                        "model": model,
                        "choices": [
                            {
                                "index": 0,
                                "finish_reason": fake.finish_reason,
                                "message": {"role": "assistant", "content": _content(fake)},
                            }
                        ],
                    }
                    self._send(200, json.dumps(body).encode())
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout tests)

    return Handler


def _content(fake: FakeLLM) -> str:
    return fake.reply(fake.requests[-1]["body"]) if fake.reply else fake.content


@contextmanager
def serve_fake_llm() -> Iterator[FakeLLM]:
    """A fake model server for the ``with`` block; ``fake.url`` is its base URL."""
    fake = FakeLLM()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    fake.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        fake.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def env_for(fake: FakeLLM, timeout_s: float = 0.5) -> dict[str, str]:
    """Environment variables that point the assistant at ``fake``."""
    return {
        "ASSISTANT_LLM_BASE_URL": fake.url,
        "ASSISTANT_LLM_MODEL": "fake",
        "ASSISTANT_LLM_TIMEOUT_S": str(timeout_s),
    }
