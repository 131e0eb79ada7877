#!/usr/bin/env python3
"""A real SMTP server on loopback for CDLP's tests (aiosmtpd).

Every accepted message is written to --dir as NNNNNN.eml and NNNNNN.json (envelope, decoded
subject, Message-ID, plain-text and HTML parts), so tests read exactly what a relay received.

Behaviour by recipient, to exercise the outbox's paths:
  reject…@…    550 on RCPT (a permanent refusal)
  tempfail…@…  451 on the first RCPT for that address, then accepted (a temporary failure)
  slow…@…      waits --slow seconds before answering DATA (a relay that hangs)
  hangup…@…    closes the connection in the middle of DATA, once per address (a relay that drops)

--tls-cert/--tls-key turn on STARTTLS, and the server then requires it before MAIL.
Prints "READY <port>" once it listens; stops on SIGTERM.
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import signal
import ssl
import sys
import time

from aiosmtpd.controller import Controller


class Handler:
    def __init__(self, out, slow):
        self.out = out
        self.slow = slow
        self.seen = set()
        self.seq = len([n for n in os.listdir(out) if n.endswith(".json")])

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@", 1)[0].lower()
        if local.startswith("reject"):
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        if local.startswith("tempfail") and address not in self.seen:
            self.seen.add(address)
            return "451 4.3.0 Temporary failure, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if any(r.split("@", 1)[0].lower().startswith("slow") for r in envelope.rcpt_tos):
            await asyncio.sleep(self.slow)
        for r in envelope.rcpt_tos:
            if r.split("@", 1)[0].lower().startswith("hangup") and ("hangup", r) not in self.seen:
                self.seen.add(("hangup", r))
                server.transport.close()
                return "421 4.3.0 closing"
        self.seq += 1
        stem = os.path.join(self.out, "%06d" % self.seq)
        with open(stem + ".eml", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        msg = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        text = msg.get_body(preferencelist=("plain",))
        html = msg.get_body(preferencelist=("html",))
        record = {
            "seq": self.seq,
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "tls": session.ssl is not None,
            "message_id": msg.get("Message-ID"),
            "from": msg.get("From"),
            "to": msg.get("To"),
            "subject": msg.get("Subject"),
            "headers": [[k, str(v)] for k, v in msg.items()],
            "text": text.get_content() if text is not None else None,
            "html": html.get_content() if html is not None else None,
            "received_at": time.time(),
        }
        tmp = stem + ".json.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.replace(tmp, stem + ".json")
        return "250 2.0.0 Ok: queued as %06d" % self.seq


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--slow", type=float, default=30.0)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    params = {}
    if args.tls_cert:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(args.tls_cert, args.tls_key)
        params = {"tls_context": ctx, "require_starttls": True}
    port = args.port
    if port == 0:
        import socket
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
    controller = Controller(Handler(args.dir, args.slow), hostname="127.0.0.1", port=port,
                            server_hostname="localhost", **params)
    controller.start()
    print("READY %d" % port, flush=True)
    stop = asyncio.Event()
    loop = asyncio.new_event_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    loop.run_until_complete(stop.wait())
    controller.stop()


if __name__ == "__main__":
    sys.exit(main())
