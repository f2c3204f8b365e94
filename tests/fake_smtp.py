"""A mail server on a 127.0.0.1 port, for tests and benchmarks, with the faults real
ones have: it can answer, hang, refuse connections, close at once with "421", or
reject every recipient with "550". The real SMTP backend talks to it.

It counts the connections it accepts, so a test can show that a request never touched
it, and keeps the messages it accepted.
"""

import socket
import threading
from dataclasses import dataclass
from email import message_from_bytes
from email.message import Message

OK = "ok"
HANG = "hang"  # accepts the connection and never says a word
REFUSE = "refuse"  # nothing listens on the port: the connection is refused
GREET_421 = "greet 421"  # "421 Service not available" instead of a greeting
REJECT_550 = "reject 550"  # a normal server that refuses every recipient for good
FAULTS = (HANG, REFUSE, GREET_421)


@dataclass
class Received:
    mail_from: str
    rcpt_to: list[str]
    message: Message


class FakeSMTPServer:
    def __init__(self, mode: str = OK):
        self.mode = mode
        self.accepted = 0
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._open: list[socket.socket] = []
        self._listening = False
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        # Bound but not listening until needed: connections to it are refused.
        self._socket.bind(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self.set_mode(mode)

    def set_mode(self, mode: str) -> None:
        """Change what new connections get. A server that listens cannot go back to
        refusing: no test needs it."""
        if mode == REFUSE and self._listening:
            raise ValueError("A listening server cannot start refusing connections")
        self.mode = mode
        if mode != REFUSE and not self._listening:
            self._socket.listen(64)
            self._listening = True
            threading.Thread(target=self._accept_loop, daemon=True).start()

    def stop(self) -> None:
        self._stopped.set()
        self._socket.close()
        with self._lock:
            for connection in self._open:
                connection.close()

    def recipients(self) -> list[str]:
        return [address for item in self.received for address in item.rcpt_to]

    def _accept_loop(self) -> None:
        while not self._stopped.is_set():
            try:
                connection, _ = self._socket.accept()
            except OSError:
                return  # closed by stop()
            with self._lock:
                self.accepted += 1
                self._open.append(connection)
            threading.Thread(target=self._serve, args=(connection, self.mode), daemon=True).start()

    def _serve(self, connection: socket.socket, mode: str) -> None:
        try:
            if mode == HANG:
                self._stopped.wait()
            elif mode == GREET_421:
                connection.sendall(b"421 4.3.2 Service not available, try again later\r\n")
            else:
                self._converse(connection, reject=mode == REJECT_550)
        except OSError:
            pass  # the client gave up, or the server stopped
        finally:
            connection.close()

    def _converse(self, connection: socket.socket, reject: bool) -> None:
        reader = connection.makefile("rb")
        connection.sendall(b"220 fake.test ESMTP\r\n")
        mail_from, rcpt_to = "", []
        for raw in reader:
            command = raw.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb == "EHLO":
                connection.sendall(b"250-fake.test\r\n250 8BITMIME\r\n")
            elif verb == "MAIL":
                mail_from, rcpt_to = command.split(":", 1)[1].strip(" <>"), []
                connection.sendall(b"250 OK\r\n")
            elif verb == "RCPT":
                if reject:
                    connection.sendall(b"550 5.1.1 No such mailbox\r\n")
                else:
                    rcpt_to.append(command.split(":", 1)[1].strip(" <>"))
                    connection.sendall(b"250 OK\r\n")
            elif verb == "DATA":
                connection.sendall(b"354 Go ahead\r\n")
                lines = []
                for line in reader:
                    if line == b".\r\n":
                        break
                    lines.append(line[1:] if line.startswith(b"..") else line)
                message = message_from_bytes(b"".join(lines))
                with self._lock:
                    self.received.append(Received(mail_from, rcpt_to, message))
                connection.sendall(b"250 Queued\r\n")
            elif verb == "QUIT":
                connection.sendall(b"221 Bye\r\n")
                return
            elif verb in ("HELO", "RSET", "NOOP"):
                connection.sendall(b"250 OK\r\n")
            else:
                connection.sendall(b"502 Not implemented\r\n")
