# §4.12 socketserver: the original's UDP server, a thread per datagram.
#
# A reconstruction of the tutorial's listing (its text is not in this repository), made from what
# the listing does: a socketserver.ThreadingUDPServer on 127.0.0.1:8080 whose handler takes
# `data, sock = self.request` and answers `sock.sendto(data.upper(), self.client_address)`.
# Changed: the port only, which may be given as the first argument (default 8080, the original's).
# socketserver reads each datagram with recvfrom(8192) (UDPServer.max_packet_size): a longer one
# is cut to its first 8192 bytes.
# Run: python3 docs/original/s4_12_udp_server.py [PORT]

import socketserver
import sys


class MyUDPhandler(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        sock.sendto(data.upper(), self.client_address)


if __name__ == '__main__':
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
    server = socketserver.ThreadingUDPServer(('127.0.0.1', port), MyUDPhandler)
    server.serve_forever()
