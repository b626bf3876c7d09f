# §3.4 Concurrent socket server: the original's server, one Process per connection.
#
# A reconstruction of the tutorial's listing (its text is not in this repository), made from what
# the listing does: accept on 127.0.0.1:8000, start one multiprocessing.Process per connection;
# the child loops: print the client's address, recv(1024), stop on empty data, send data.upper().
# Changed: the port only, which may be given as the first argument (default 8000, the original's).
# Nothing else is fixed here, on purpose: the course's tests run this file as it is.
# Run: python3 docs/original/s3_4_server.py [PORT]

import socket
import sys
from multiprocessing import Process


def talk(conn, addr):
    while True:
        try:
            print(addr)
            data = conn.recv(1024)
            if not data:
                break
            conn.send(data.upper())
        except ConnectionResetError:
            break
    conn.close()


if __name__ == '__main__':
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(('127.0.0.1', port))
    server.listen(5)
    while True:
        conn, addr = server.accept()
        p = Process(target=talk, args=(conn, addr))
        p.start()
