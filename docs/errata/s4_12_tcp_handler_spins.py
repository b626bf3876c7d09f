# §4.12 socketserver: the TCP handler never checks for the end of the stream, so once its client
# has gone it spins at 100 % CPU: recv() returns b'' at once, every time, and send(b'') does not fail.
# Run: python3 docs/errata/s4_12_tcp_handler_spins.py
# The original handler loops for ever. This copy of it counts its turns after the client has
# closed and stops after 100,000 of them (the bounded check), so that the script ends; then the
# fixed handler, with `if not data: break`, runs against the same client.

import socket
import socketserver
import threading
import time

TURNS = 100_000
done = threading.Event()


# region show
class MyTCPhandler(socketserver.BaseRequestHandler):
    def handle(self):
        empty = 0
        while empty < TURNS:                          # the original: while True
            data = self.request.recv(1024)
            self.request.send(data.upper())           # send(b'') raises nothing
            if not data:                              # the original never looks
                if empty == 0:
                    wall, cpu = time.monotonic(), time.thread_time()
                empty += 1
        print('after the client closed: %d turns, recv() returned b\'\' every time, send(b\'\') never failed'
              % empty)
        print('those turns took %.2f s of wall time and %.2f s of CPU time: it never waits for data'
              % (time.monotonic() - wall, time.thread_time() - cpu))
        done.set()


class FixedHandler(socketserver.BaseRequestHandler):
    def handle(self):
        turns = 0
        while True:
            data = self.request.recv(1024)
            turns += 1
            if not data:
                break                                 # the check the original lacks
            self.request.send(data.upper())
        print('the fixed handler returned after %d turns' % turns)
        done.set()
# endregion


def session(handler):
    done.clear()
    server = socketserver.ThreadingTCPServer(('127.0.0.1', 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    client = socket.create_connection(server.server_address)
    client.send(b'hello')
    print('client got', client.recv(1024).decode('utf-8'), 'and closes')
    client.close()
    done.wait(60)
    server.shutdown()
    server.server_close()


if __name__ == '__main__':
    session(MyTCPhandler)
    session(FixedHandler)
