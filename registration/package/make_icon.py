#!/usr/bin/env python3
"""Writes images/goalpost.png, the extension's 42x42 icon in the Extension Manager: a white goal
with an orange ball on a green rounded square. Plain Python (zlib, struct), no imaging library.

    python3 registration/package/make_icon.py

The output is deterministic, so running it again leaves the committed PNG unchanged.
"""
import os
import struct
import zlib

SIZE = 42
SAMPLES = 4  # 4 x 4 samples per pixel for smooth edges

GREEN = (30, 123, 79)
WHITE = (255, 255, 255)
ORANGE = (245, 146, 31)


def in_rounded_square(x, y, margin=1.0, radius=8.0):
    low, high = margin, SIZE - margin
    if not (low <= x <= high and low <= y <= high):
        return False
    cx = min(max(x, low + radius), high - radius)
    cy = min(max(y, low + radius), high - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def in_goal(x, y):
    left_post = 9 <= x <= 13 and 11 <= y <= 33
    right_post = 29 <= x <= 33 and 11 <= y <= 33
    crossbar = 9 <= x <= 33 and 11 <= y <= 15
    return left_post or right_post or crossbar


def in_ball(x, y):
    return (x - 21) ** 2 + (y - 27) ** 2 <= 5.0 ** 2


def pixel(px, py):
    """RGBA of one pixel: each sample takes the topmost shape that covers it."""
    totals = [0.0, 0.0, 0.0, 0.0]
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            x = px + (sx + 0.5) / SAMPLES
            y = py + (sy + 0.5) / SAMPLES
            if not in_rounded_square(x, y):
                continue
            colour = ORANGE if in_ball(x, y) else WHITE if in_goal(x, y) else GREEN
            for i in range(3):
                totals[i] += colour[i]
            totals[3] += 255
    covered = totals[3] / 255
    if covered == 0:
        return (0, 0, 0, 0)
    # Colour averaged over the covered samples (straight alpha, as PNG stores it).
    rgb = [round(totals[i] / covered) for i in range(3)]
    return (*rgb, round(totals[3] / SAMPLES ** 2))


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png():
    rows = bytearray()
    for y in range(SIZE):
        rows.append(0)  # filter: none
        for x in range(SIZE):
            rows.extend(pixel(x, y))
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "images", "goalpost.png")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as file:
        file.write(png())
    print(path)


if __name__ == "__main__":
    main()
