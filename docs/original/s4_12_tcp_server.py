# §4.12 socketserver: the original's TCP server, a thread per connection.
#
# A reconstruction of the tutorial's listing (its text is not in this repository), made from what
# the listing does: a socketserver.ThreadingTCPServer on 127.0.0.1:8080 whose handler loops
# `data = self.request.recv(1024)` then `self.request.send(data.upper())`.
# Changed: the port only, which may be given as the first argument (default 8080, the original's).
# Not fixed, on purpose: the handler never checks for end of stream. After a client closes, recv()
# returns b'' at once, send(b'') does not fail, and the handler's thread spins at 100 % CPU for as
# long as the server runs (docs/errata/s4_12_tcp_handler_spins.py shows it). The tutorial also
# prints the class line as `class.txt MyTCPhandler(...)`, a SyntaxError (docs/errata/s4_12_class_txt.py);
# this file has `class MyTCPhandler`.
# Run: python3 docs/original/s4_12_tcp_server.py [PORT]

import socketserver
import sys


class MyTCPhandler(socketserver.BaseRequestHandler):
    def handle(self):
        while True:
            data = self.request.recv(1024)
            self.request.send(data.upper())


if __name__ == '__main__':
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
    server = socketserver.ThreadingTCPServer(('127.0.0.1', port), MyTCPhandler)
    server.serve_forever()
