"""``termsmith serve``: the browser UI over a workspace folder of offers and deals.

Binds 127.0.0.1 unless ``--host`` names another interface, which prints a
warning: the app has no login, so anyone who can reach the port can read and
change the workspace.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workspace",
        default=".",
        metavar="DIR",
        help="folder of offers and deals to serve (default: the current folder)",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: 8000)")


def run(args: argparse.Namespace) -> int:
    workspace = Path(args.workspace)
    if not workspace.is_dir():
        sys.stderr.write(f"termsmith serve: error: --workspace {args.workspace} is not a folder\n")
        return 2
    if not 0 < args.port < 65536:
        sys.stderr.write("termsmith serve: error: --port must be between 1 and 65535\n")
        return 2
    import uvicorn

    from termsmith.serve.app import create_app

    hosts = ["127.0.0.1", "localhost", "[::1]", "::1"]
    if args.host not in LOCAL_HOSTS:
        sys.stderr.write(
            f"termsmith serve: WARNING: binding {args.host} lets other machines on the network read "
            "and change this workspace; there is no login. Use only on a network you trust.\n"
        )
        hosts = ["*"]
    app = create_app(workspace, allowed_hosts=hosts)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"termsmith serve: {workspace.resolve()} at http://{shown}:{args.port}/  (Ctrl+C to stop)", flush=True)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False)
    except OSError as exc:
        sys.stderr.write(f"termsmith serve: error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}\n")
        return 2
    return 0
