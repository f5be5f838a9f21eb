"""The app as `python -m smarketing run` serves it: app.py inside Streamlit's ASGI application (st.App), so that
the server refuses what it must not serve. Streamlit's metrics endpoint tells anyone who asks how many sessions
are open and what the caches hold. `streamlit run app.py` still works for development, without this."""

from __future__ import annotations

import re

import streamlit as st
from starlette.middleware import Middleware
from starlette.responses import PlainTextResponse

from smarketing.storage import ROOT

# any base path, any run of slashes, a trailing one: the way a request could spell the metrics endpoint
_CLOSED = re.compile(r"(?:^|/)_stcore/metrics/*$")


class CloseMetrics:
    """Answer 404 to Streamlit's metrics endpoint before Streamlit's own routes see the request."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and _CLOSED.search(re.sub("/+", "/", scope.get("path", ""))):
            await PlainTextResponse("Not Found", status_code=404)(scope, receive, send)
            return
        await self.app(scope, receive, send)


app = st.App(ROOT / "app.py", middleware=[Middleware(CloseMetrics)])
