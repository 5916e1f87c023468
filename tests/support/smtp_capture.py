#!/usr/bin/python3
"""A real SMTP server for the tests (aiosmtpd, Debian's python3-aiosmtpd) on 127.0.0.1 and a free port,
capturing every message it is given. One JSON object per line on stdout, flushed at once, which the tests
read with deadlines (tests/support/smtp_capture.hpp):

  {"event": "listening", "port": N}
  {"event": "refused"}                       a connection answered 421 and closed (--refuse-first N)
  {"event": "message", "mail_from": ..., "rcpt_tos": [...], "from": ..., "to": ..., "subject": ...,
   "body": ..., "headers": {...}}            subject and body decoded (RFC 2047, base64)

--refuse-first N: the first N connections are told "421 Service not available" and closed, as a mail
server that is down for maintenance answers; the next are served. It stops when stdin closes.
"""
import argparse
import asyncio
import email
import email.policy
import json
import sys

from aiosmtpd.smtp import SMTP


def emit(obj):
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


class Capture:
    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        emit({
            "event": "message",
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "from": str(msg["From"]),
            "to": str(msg["To"]),
            "subject": str(msg["Subject"]),
            "body": msg.get_content(),
            "headers": {k: str(v) for k, v in msg.items()},
        })
        return "250 OK"


class Refuse(asyncio.Protocol):
    def connection_made(self, transport):
        transport.write(b"421 4.3.2 Service not available\r\n")
        transport.close()
        emit({"event": "refused"})


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--refuse-first", type=int, default=0)
    args = parser.parse_args()
    left = [args.refuse_first]
    handler = Capture()

    def factory():
        if left[0] > 0:
            left[0] -= 1
            return Refuse()
        return SMTP(handler, hostname="capture.test", enable_SMTPUTF8=True)

    loop = asyncio.get_running_loop()
    server = await loop.create_server(factory, "127.0.0.1", 0)
    emit({"event": "listening", "port": server.sockets[0].getsockname()[1]})
    # Until the test closes our stdin (or dies).
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


asyncio.run(main())
