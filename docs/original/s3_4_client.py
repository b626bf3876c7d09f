# §3.4 Concurrent socket server: the original's client.
#
# A reconstruction of the tutorial's listing (its text is not in this repository), made from what
# the listing does: connect to 127.0.0.1:8000; loop: input('>>: ').strip(), skip an empty line,
# send the text as UTF-8 (no newline), recv(1024), print the reply decoded.
# Changed: the port only, which may be given as the first argument (default 8000, the original's).
# As in the original, nothing ends the loop but the end of input, where input() raises EOFError.
# Run: python3 docs/original/s3_4_client.py [PORT]

import socket
import sys

port = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
client.connect(('127.0.0.1', port))

while True:
    msg = input('>>: ').strip()
    if not msg:
        continue
    client.send(msg.encode('utf-8'))
    data = client.recv(1024)
    print(data.decode('utf-8'))
