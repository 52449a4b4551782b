#!/usr/bin/env python3
"""Slowloris against a running Lessenbank: opens N hostile connections (a third
drip a request head one byte every 300 ms, a third stay silent, a third send
one request and then idle on keep-alive) from 127.0.0.2-5, then times how long
a new client from 127.0.0.1 waits for a complete answer.

    tests/attack/slowloris.py --port 8080 [--connections 200]

The ctest version with the assertion is tests/attack/test_slowloris.cpp."""
import argparse, socket, threading, time

REQUEST = b"GET /?q=omgevingsvisie HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


def connect(port, local):
    s = socket.socket()
    s.bind((local, 0))
    s.connect(("127.0.0.1", port))
    return s


def answer_time(port, timeout):
    start = time.monotonic()
    s = connect(port, "127.0.0.1")
    s.settimeout(timeout)
    s.sendall(REQUEST)
    data = b""
    try:
        while b"\r\n\r\n" not in data:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    except socket.timeout:
        return None, timeout
    s.close()
    return data[:12].decode(errors="replace"), time.monotonic() - start


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--connections", type=int, default=200)
    p.add_argument("--timeout", type=float, default=30)
    a = p.parse_args()
    drip, keep = [], []
    for i in range(a.connections):
        try:
            s = connect(a.port, "127.0.0.%d" % (2 + i % 4))
        except OSError as e:
            print("connection %d refused: %s" % (i, e))
            continue
        if i % 3 == 0:
            s.sendall(b"GET / HTTP/1.1\r\n")
            drip.append(s)
        elif i % 3 == 2:
            s.sendall(REQUEST)
        keep.append(s)
    stop = False

    def dripper():
        while not stop:
            for s in drip:
                try:
                    s.sendall(b"X")
                except OSError:
                    pass
            time.sleep(0.3)

    t = threading.Thread(target=dripper)
    t.start()
    time.sleep(1.5)
    worst = 0
    for _ in range(5):
        status, seconds = answer_time(a.port, a.timeout)
        print("new client: %s in %.3f s" % (status, seconds))
        worst = max(worst, seconds)
    stop = True
    t.join()
    print("worst: %.3f s with %d hostile connections" % (worst, len(keep)))


if __name__ == "__main__":
    main()
