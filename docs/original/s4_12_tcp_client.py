# §4.12 socketserver: the original's TCP client.
#
# A reconstruction of the tutorial's listing (its text is not in this repository), made from what
# the listing does: connect to 127.0.0.1:8080; loop: input('>>: ').strip(), stop at an empty line,
# send the text as UTF-8 (no newline), recv(1024), print the reply decoded.
# Changed: the port only, which may be given as the first argument (default 8080, the original's).
# Run: python3 docs/original/s4_12_tcp_client.py [PORT]

import socket
import sys

port = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
client.connect(('127.0.0.1', port))

while True:
    msg = input('>>: ').strip()
    if not msg:
        break
    client.send(msg.encode('utf-8'))
    data = client.recv(1024)
    print(data.decode('utf-8'))

client.close()
