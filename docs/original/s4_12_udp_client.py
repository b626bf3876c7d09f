# §4.12 socketserver: the original's UDP client.
#
# A reconstruction of the tutorial's listing (its text is not in this repository), made from what
# the listing does: loop: input('>>: ').strip(), stop at an empty line, sendto the text as UTF-8 to
# 127.0.0.1:8080, recvfrom(1024), print the reply decoded.
# Changed: the port only, which may be given as the first argument (default 8080, the original's).
# Run: python3 docs/original/s4_12_udp_client.py [PORT]

import socket
import sys

port = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

while True:
    msg = input('>>: ').strip()
    if not msg:
        break
    client.sendto(msg.encode('utf-8'), ('127.0.0.1', port))
    data, server_addr = client.recvfrom(1024)
    print(data.decode('utf-8'))

client.close()
